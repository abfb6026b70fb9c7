package org.powerpartnership.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.forms.FieldRules;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;

/** Values that satisfy every rule of a form, derived from the form itself, for tests that need a valid submission. */
public final class FormFiller {

    private FormFiller() {
    }

    public static Map<String, Object> validValues(FormSchema schema) {
        Map<String, Object> values = new HashMap<>();
        for (FormField field : schema.fields()) {
            if (field.isKeyed()) {
                Object value = validValue(field);
                if (value != null) {
                    values.put(field.key(), value);
                }
            }
        }
        return values;
    }

    public static Map<String, Object> validValues(FormSchema schema, Map<String, Object> overrides) {
        Map<String, Object> values = validValues(schema);
        values.putAll(overrides);
        return values;
    }

    static Object validValue(FormField field) {
        FieldRules rules = field.rules();
        FieldType type = field.type();
        return switch (type) {
            case TEXTFIELD, TEXTAREA -> text(field, rules);
            case NUMBER -> number(rules);
            case SELECT, RADIO -> field.options().isEmpty() ? null : field.options().get(0).value();
            case CHECKBOX -> Boolean.TRUE;
            case CHECKLIST -> field.options().isEmpty() ? List.of() : List.of(field.options().get(0).value());
            case DATETIME -> switch (field.subtype()) {
                case DATE -> LocalDate.now().plusDays(30);
                case TIME -> LocalTime.of(10, 0);
                case DATETIME -> LocalDateTime.now().plusDays(30).withNano(0);
            };
            default -> null;
        };
    }

    private static String text(FormField field, FieldRules rules) {
        if (rules.pattern() != null) {
            return "LS1 4AB"; // the only patterned field is a UK postcode
        }
        if (rules.validationType() != null) {
            return "someone@example.org";
        }
        int min = rules.minLength() == null ? 1 : rules.minLength();
        int max = rules.maxLength() == null ? 200 : rules.maxLength();
        String sentence = "Written for the test of " + field.key() + ", a real sentence that people could write. ";
        StringBuilder text = new StringBuilder(sentence);
        while (text.length() < Math.max(min, 40)) {
            text.append(sentence);
        }
        return text.substring(0, Math.min(text.length(), max)).strip();
    }

    private static BigDecimal number(FieldRules rules) {
        BigDecimal min = rules.min() == null ? BigDecimal.ZERO : rules.min();
        BigDecimal candidate = min.max(BigDecimal.TEN);
        return rules.max() != null && candidate.compareTo(rules.max()) > 0 ? rules.max() : candidate;
    }
}
