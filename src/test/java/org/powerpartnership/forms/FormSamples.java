package org.powerpartnership.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values derived from a form's own rules, for tests: a valid value for every field, and for each rule a value
 * that breaks it (with the problem it must raise). Any test that completes a task can fill its form with
 * {@link #validValues(FormSchema)}.
 */
public final class FormSamples {

    /** Text that some pattern in our forms accepts; the first one that fits a field's pattern is used. */
    private static final List<String> PATTERN_EXAMPLES = List.of("LS1 4AB", "SW1A 1AA", "name@example.org",
            "0113 496 0000", "12345", "abc");
    /** Text that breaks most patterns. */
    private static final List<String> PATTERN_BREAKERS = List.of("!!!", "?", "not like this at all", "123");

    private FormSamples() {
    }

    /** One rule of one field broken by a value, and the problem the validator must report. */
    public record Violation(FormField field, String rule, Object value, String messageKey, List<Object> args) {

        @Override
        public String toString() {
            return field.key() + " " + rule;
        }
    }

    /**
     * A valid value for every field the form shows, in canonical types, with whatever values reveal fields
     * hidden by {@code conditional.hide} (so every rule is reachable).
     */
    public static Map<String, Object> validValues(FormSchema schema) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            values.put(field.key(), validValue(field));
        }
        return values;
    }

    /** The valid values, changed as needed so that this field is shown. */
    public static Map<String, Object> revealing(FormSchema schema, FormField field) {
        Map<String, Object> values = validValues(schema);
        if (!schema.isHidden(field, values)) {
            return values;
        }
        List<String> conditions = new ArrayList<>();
        schema.allComponents().stream()
                .filter(component -> component.id().equals(field.id()) || field.groupPath().contains(component.id()))
                .forEach(component -> Optional.ofNullable(component.hide()).ifPresent(conditions::add));
        for (String condition : conditions) {
            String key = HideConditions.referencedKey(condition).orElseThrow(
                    () -> new IllegalStateException("Cannot reveal " + field.id() + ": " + condition));
            FormField controller = schema.field(key).orElseThrow();
            for (Object candidate : candidates(controller)) {
                values.put(key, candidate);
                if (!HideConditions.hides(condition, values)) {
                    break;
                }
            }
        }
        if (schema.isHidden(field, values)) {
            throw new IllegalStateException("Cannot find values that show " + field.id());
        }
        return values;
    }

    /** A value that passes every rule of the field. */
    public static Object validValue(FormField field) {
        FieldRules rules = field.rules();
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> validText(field);
            case NUMBER -> rules.min() != null ? rules.min()
                    : rules.max() != null ? rules.max().min(BigDecimal.ONE) : BigDecimal.ONE;
            case SELECT, RADIO -> field.options().get(0).value();
            case CHECKLIST -> List.of(field.options().get(0).value());
            case CHECKBOX -> Boolean.TRUE;
            case DATETIME -> switch (field.subtype()) {
                case DATE -> LocalDate.now().plusDays(7);
                case TIME -> LocalTime.NOON;
                case DATETIME -> LocalDate.now().plusDays(7).atTime(LocalTime.NOON);
            };
            default -> throw new IllegalArgumentException(field.id() + " holds no value");
        };
    }

    /** For each rule of the field, a value that breaks it (other fields valid). */
    public static List<Violation> violations(FormField field) {
        List<Violation> violations = new ArrayList<>();
        if (!field.editable()) {
            return violations;
        }
        FieldRules rules = field.rules();
        if (rules.required()) {
            violations.add(new Violation(field, "required", empty(field), switch (field.type()) {
                case SELECT, RADIO, CHECKLIST -> "form.requiredChoice";
                case CHECKBOX -> "form.requiredTick";
                default -> "form.required";
            }, List.of()));
        }
        if (rules.minLength() != null && rules.minLength() > 1) {
            String shortText = "a".repeat(rules.minLength() - 1);
            violations.add(new Violation(field, "minLength", shortText, "form.minLength",
                    List.of(rules.minLength(), shortText.length())));
        }
        if (rules.maxLength() != null) {
            String longText = "a".repeat(rules.maxLength() + 1);
            violations.add(new Violation(field, "maxLength", longText, "form.maxLength",
                    List.of(rules.maxLength(), longText.length())));
        }
        if (rules.pattern() != null) {
            String breaker = PATTERN_BREAKERS.stream().filter(text -> !rules.pattern().matcher(text).matches())
                    .filter(text -> rules.maxLength() == null || text.length() <= rules.maxLength())
                    .filter(text -> rules.minLength() == null || text.length() >= rules.minLength())
                    .findFirst().orElseThrow(() -> new IllegalStateException("No text breaks " + rules.pattern()));
            violations.add(field.description() == null
                    ? new Violation(field, "pattern", breaker, "form.patternUnexplained", List.of())
                    : new Violation(field, "pattern", breaker, "form.pattern", List.of(field.description())));
        }
        if (rules.min() != null) {
            violations.add(new Violation(field, "min", rules.min().subtract(BigDecimal.ONE), "form.min",
                    List.of(rules.min())));
        }
        if (rules.max() != null) {
            violations.add(new Violation(field, "max", rules.max().add(BigDecimal.ONE), "form.max",
                    List.of(rules.max())));
        }
        if (field.disallowPassedDates() && field.subtype() != DateTimeSubtype.TIME) {
            Object yesterday = field.subtype() == DateTimeSubtype.DATETIME
                    ? LocalDateTime.now().minusDays(1) : LocalDate.now().minusDays(1);
            violations.add(new Violation(field, "disallowPassedDates", yesterday, "form.pastDate", List.of()));
        }
        return violations;
    }

    /** What a person leaves when they do not answer. */
    public static Object empty(FormField field) {
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> "";
            case CHECKLIST -> List.of();
            case CHECKBOX -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String validText(FormField field) {
        FieldRules rules = field.rules();
        if (rules.validationType() == ValidationType.EMAIL) {
            return "name@example.org";
        }
        if (rules.validationType() == ValidationType.PHONE) {
            return "0113 496 0000";
        }
        if (rules.pattern() != null) {
            return PATTERN_EXAMPLES.stream().filter(text -> rules.pattern().matcher(text).matches())
                    .filter(text -> rules.maxLength() == null || text.length() <= rules.maxLength())
                    .filter(text -> rules.minLength() == null || text.length() >= rules.minLength())
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "Add an example to FormSamples for the pattern of " + field.id() + ": " + rules.pattern()));
        }
        int length = rules.minLength() != null ? rules.minLength() : 12;
        if (rules.maxLength() != null) {
            length = Math.min(length, rules.maxLength());
        }
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append("Plain words for the form. ");
        }
        text.setLength(length);
        if (text.charAt(length - 1) == ' ') {
            text.setCharAt(length - 1, '.');
        }
        return text.toString();
    }

    private static List<Object> candidates(FormField controller) {
        List<Object> candidates = new ArrayList<>();
        controller.options().forEach(option -> candidates.add(controller.type() == FieldType.CHECKLIST
                ? List.of(option.value()) : option.value()));
        candidates.add(Boolean.TRUE);
        candidates.add(Boolean.FALSE);
        candidates.add(null);
        return candidates;
    }
}
