package org.powerpartnership.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form-js component types this product understands. Anything else is {@link #UNSUPPORTED}. */
public enum FieldType {
    TEXTFIELD("textfield", true),
    TEXTAREA("textarea", true),
    NUMBER("number", true),
    SELECT("select", true),
    RADIO("radio", true),
    CHECKBOX("checkbox", true),
    CHECKLIST("checklist", true),
    DATETIME("datetime", true),
    /** Read-only guidance (a small, safe Markdown subset). */
    TEXT("text", false),
    /** A labelled set of components. */
    GROUP("group", false),
    SEPARATOR("separator", false),
    SPACER("spacer", false),
    /** A component type we cannot show; it has no key and is rendered as a notice, never silently dropped. */
    UNSUPPORTED("", false);

    private final String schemaName;
    private final boolean keyed;

    FieldType(String schemaName, boolean keyed) {
        this.schemaName = schemaName;
        this.keyed = keyed;
    }

    /** The {@code type} as written in the schema. */
    public String schemaName() {
        return schemaName;
    }

    /** Whether components of this type hold a value under a {@code key}. */
    public boolean keyed() {
        return keyed;
    }

    /** Whether the value is one of the component's options. */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    public static Optional<FieldType> fromSchemaName(String name) {
        return Arrays.stream(values()).filter(type -> type != UNSUPPORTED && type.schemaName.equals(name)).findFirst();
    }
}
