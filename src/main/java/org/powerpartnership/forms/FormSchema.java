package org.powerpartnership.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed Camunda Form: its id, the component tree as written (for rendering) and its keyed fields in document
 * order, with groups flattened (each field keeps its {@link FormField#groupPath()}). Immutable.
 */
public final class FormSchema {

    private final String id;
    private final List<FormField> components;
    private final List<FormField> fields;
    private final Map<String, FormField> byKey;

    public FormSchema(String id, List<FormField> components) {
        if (id == null || id.isBlank()) {
            throw new FormSchemaException("A form needs an id");
        }
        this.id = id;
        this.components = List.copyOf(components);
        List<FormField> keyed = new ArrayList<>();
        Map<String, FormField> keys = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (FormField component : flatten(this.components)) {
            if (!ids.add(component.id())) {
                throw new FormSchemaException("Form " + id + ": the component id " + component.id() + " is used twice");
            }
            if (component.isKeyed()) {
                Objects.requireNonNull(component.key(), () -> "Form " + id + ": " + component.id() + " has no key");
                if (keys.putIfAbsent(component.key(), component) != null) {
                    throw new FormSchemaException("Form " + id + ": the key " + component.key() + " is used by "
                            + keys.get(component.key()).id() + " and " + component.id());
                }
                keyed.add(component);
            }
        }
        this.fields = List.copyOf(keyed);
        this.byKey = Collections.unmodifiableMap(keys);
    }

    public String id() {
        return id;
    }

    /** The top-level components, in order; groups hold their children. */
    public List<FormField> components() {
        return components;
    }

    /** Every component that holds a value, in document order, groups flattened. */
    public List<FormField> fields() {
        return fields;
    }

    /** The keys of {@link #fields()}, in order. */
    public Set<String> keys() {
        return byKey.keySet();
    }

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** Every component (groups and their children, text, inputs) in document order. */
    public List<FormField> allComponents() {
        return flatten(components);
    }

    /**
     * The ids of the components that {@code conditional.hide} hides for these values (children of a hidden group
     * included). A hidden field's own value counts as absent, so the answer is the same for the values a screen
     * holds and for the values it submits (hidden ones left out).
     */
    public Set<String> hiddenIds(Map<String, ?> values) {
        Map<String, Object> readable = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value = values.get(field.key());
            if (value != null) {
                readable.put(field.key(), FormValues.canonicalOrRaw(field, value));
            }
        }
        Set<String> hidden = Set.of();
        for (int round = 0; round <= fields.size(); round++) {
            Map<String, Object> visible = new LinkedHashMap<>(readable);
            for (FormField field : fields) {
                if (hidden.contains(field.id())) {
                    visible.remove(field.key());
                }
            }
            Set<String> next = new HashSet<>();
            collectHidden(components, visible, false, next);
            if (next.equals(hidden)) {
                break;
            }
            hidden = next;
        }
        return Set.copyOf(hidden);
    }

    /** Whether the component is hidden for these values (see {@link #hiddenIds(Map)}). */
    public boolean isHidden(FormField component, Map<String, ?> values) {
        return hiddenIds(values).contains(component.id());
    }

    private static void collectHidden(List<FormField> components, Map<String, ?> values, boolean parentHidden,
                                      Set<String> hidden) {
        for (FormField component : components) {
            boolean hiddenHere = parentHidden || HideConditions.hides(component.hide(), values);
            if (hiddenHere) {
                hidden.add(component.id());
            }
            collectHidden(component.components(), values, hiddenHere, hidden);
        }
    }

    private static List<FormField> flatten(List<FormField> components) {
        List<FormField> all = new ArrayList<>();
        for (FormField component : components) {
            all.add(component);
            all.addAll(flatten(component.components()));
        }
        return all;
    }

    @Override
    public String toString() {
        return "FormSchema[" + id + ", fields=" + byKey.keySet() + "]";
    }
}
