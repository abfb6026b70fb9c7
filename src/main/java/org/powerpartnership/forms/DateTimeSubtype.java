package org.powerpartnership.forms;

import java.util.Arrays;
import java.util.Optional;

/** What a form-js {@code datetime} component asks for. */
public enum DateTimeSubtype {
    DATE("date"), TIME("time"), DATETIME("datetime");

    private final String schemaName;

    DateTimeSubtype(String schemaName) {
        this.schemaName = schemaName;
    }

    public String schemaName() {
        return schemaName;
    }

    public static Optional<DateTimeSubtype> fromSchemaName(String name) {
        return Arrays.stream(values()).filter(subtype -> subtype.schemaName.equals(name)).findFirst();
    }
}
