package org.powerpartnership.forms;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a Camunda Form: an input under a {@code key}, read-only guidance ({@code text}), a
 * {@code group} of components, a separator or spacer, or a component type we do not support (rendered as a
 * notice, never dropped).
 *
 * @param id                  the component's id in the schema, e.g. {@code Field_Decision}
 * @param type                what kind of component it is
 * @param schemaType          the {@code type} as written (useful for unsupported components)
 * @param key                 where its value goes (inputs only, otherwise {@code null})
 * @param label               the label people read ({@code dateLabel}/{@code timeLabel} for a datetime without one)
 * @param description         helper text shown under the input, or {@code null}
 * @param defaultValue        the schema's {@code defaultValue}, already in its canonical type, or {@code null}
 * @param options             the answers of a select, radio or checklist, in order
 * @param rules               the {@code validate} block
 * @param readonly            shown but not editable (not validated: the person could not fix it)
 * @param disabled            shown greyed out (not validated)
 * @param hide                the {@code conditional.hide} FEEL expression, or {@code null}; see {@link HideConditions}
 * @param subtype             date, time or datetime, for a datetime component; otherwise {@code null}
 * @param dateLabel           a datetime's {@code dateLabel}, or {@code null}
 * @param timeLabel           a datetime's {@code timeLabel}, or {@code null}
 * @param disallowPassedDates a datetime that refuses dates before today
 * @param decimalDigits       a number's {@code decimalDigits} (0: whole numbers only), or {@code null}
 * @param searchable          a select that should offer typing to search
 * @param text                the guidance of a {@code text} component (safe Markdown subset), or {@code null}
 * @param properties          the component's custom {@code properties} (e.g. {@code autocomplete})
 * @param groupPath           ids of the groups around this component, outermost first
 * @param components          the children of a group, in order; empty for anything else
 */
public record FormField(String id, FieldType type, String schemaType, String key, String label, String description,
                        Object defaultValue, List<FormOption> options, FieldRules rules, boolean readonly,
                        boolean disabled, String hide, DateTimeSubtype subtype, String dateLabel, String timeLabel,
                        boolean disallowPassedDates, Integer decimalDigits, boolean searchable, String text,
                        Map<String, String> properties, List<String> groupPath, List<FormField> components) {

    public FormField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        rules = rules == null ? FieldRules.NONE : rules;
        properties = Map.copyOf(properties);
        groupPath = List.copyOf(groupPath);
        components = List.copyOf(components);
    }

    /** Whether this component holds a value under {@link #key()}. */
    public boolean isKeyed() {
        return type.keyed();
    }

    public boolean required() {
        return rules.required();
    }

    /** Whether people may change the value (and so whether it is validated). */
    public boolean editable() {
        return !readonly && !disabled;
    }

    public Optional<FormOption> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    /** The label of an option, or the value itself when it is not one of the options. */
    public String optionLabel(String value) {
        return option(value).map(FormOption::label).orElse(value);
    }

    /** A custom property ({@code properties} in the schema), e.g. {@code autocomplete}. */
    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }
}
