package org.powerpartnership.forms;

import org.powerpartnership.shared.CouncilTime;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.OneLineText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The rules of a Camunda Form, checked on the server. The Vaadin renderer runs this same class, so a screen and
 * a service never disagree. Stateless: a Spring bean, or {@code new FormValidator()} anywhere.
 *
 * <p>At most one problem per field, in this order: a value that cannot be read ({@code form.notANumber},
 * {@code form.notADate}, {@code form.notATime}, {@code form.notText}), a missing required value
 * ({@code form.required}; {@code form.requiredChoice} for select/radio/checklist, {@code form.requiredTick} for a
 * checkbox), then {@code form.minLength} ({0} minimum, {1} written), {@code form.maxLength} ({0} maximum,
 * {1} written), {@code form.pattern} ({0} the field's description; {@code form.patternUnexplained} without one),
 * {@code form.email}, {@code form.phone}, {@code form.wholeNumber}, {@code form.decimalDigits} ({0}),
 * {@code form.min} ({0}), {@code form.max} ({0}), {@code form.notAnOption}, {@code form.pastDate}.
 * Lengths count the trimmed text; a pattern must match the whole trimmed text. Fields hidden by
 * {@code conditional.hide}, read-only and disabled fields are not checked.
 */
@Component
public class FormValidator {

    /** form-js's own email check, with {@code +} allowed before the {@code @}. */
    private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$");
    /** Digits with the spaces, brackets and dashes people type; an optional leading {@code +}. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]+$");

    private final Clock clock;

    /** A validator on the system clock (for tests and code outside Spring). */
    public FormValidator() {
        this(Clock.system(CouncilTime.zone()));
    }

    @Autowired
    public FormValidator(Clock clock) {
        this.clock = clock;
    }

    /** Every problem with these values, in the order of the form's fields; empty when all is well. */
    public List<FieldProblem> validate(FormSchema schema, Map<String, ?> values) {
        Set<String> hidden = schema.hiddenIds(values);
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : schema.fields()) {
            if (!hidden.contains(field.id()) && field.editable()) {
                FieldProblem problem = check(field, values.get(field.key()));
                if (problem != null) {
                    problems.add(problem);
                }
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Validates and returns what a service should keep: {@link FormValues#canonical(FormSchema, Map)}.
     *
     * @throws InvalidInputException with every problem, when anything is wrong
     */
    public Map<String, Object> requireValid(FormSchema schema, Map<String, ?> values) {
        List<FieldProblem> problems = validate(schema, values);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return FormValues.canonical(schema, values);
    }

    private FieldProblem check(FormField field, Object raw) {
        Object value;
        try {
            value = FormValues.canonical(field, raw);
        } catch (FormValues.UnreadableValueException unreadable) {
            return FieldProblem.of(field.key(), unreadable.messageKey());
        }
        if (isMissing(value)) {
            return field.required() ? FieldProblem.of(field.key(), requiredKey(field)) : null;
        }
        FieldRules rules = field.rules();
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> checkText(field, rules, (String) value);
            case NUMBER -> checkNumber(field, rules, (BigDecimal) value);
            case SELECT, RADIO -> field.option((String) value).isPresent()
                    ? null : FieldProblem.of(field.key(), "form.notAnOption");
            case CHECKLIST -> ((List<?>) value).stream().allMatch(item -> field.option((String) item).isPresent())
                    ? null : FieldProblem.of(field.key(), "form.notAnOption");
            case DATETIME -> checkDate(field, value);
            default -> null;
        };
    }

    private static boolean isMissing(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof List<?> list && list.isEmpty();
    }

    private static String requiredKey(FormField field) {
        return switch (field.type()) {
            case SELECT, RADIO, CHECKLIST -> "form.requiredChoice";
            case CHECKBOX -> "form.requiredTick";
            default -> "form.required";
        };
    }

    private static FieldProblem checkText(FormField field, FieldRules rules, String text) {
        if (field.type() == FieldType.TEXTFIELD && !OneLineText.isOneLine(text)) {
            return FieldProblem.of(field.key(), OneLineText.MESSAGE_KEY);
        }
        int length = text.length();
        if (rules.minLength() != null && length < rules.minLength()) {
            return FieldProblem.of(field.key(), "form.minLength", rules.minLength(), length);
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            return FieldProblem.of(field.key(), "form.maxLength", rules.maxLength(), length);
        }
        if (rules.pattern() != null && !rules.pattern().matcher(text).matches()) {
            return field.description() == null
                    ? FieldProblem.of(field.key(), "form.patternUnexplained")
                    : FieldProblem.of(field.key(), "form.pattern", field.description());
        }
        if (rules.validationType() == ValidationType.EMAIL && !EMAIL.matcher(text).matches()) {
            return FieldProblem.of(field.key(), "form.email");
        }
        if (rules.validationType() == ValidationType.PHONE && !isPhoneNumber(text)) {
            return FieldProblem.of(field.key(), "form.phone");
        }
        return null;
    }

    private static boolean isPhoneNumber(String text) {
        long digits = text.chars().filter(Character::isDigit).count();
        return PHONE.matcher(text).matches() && digits >= 7 && digits <= 15;
    }

    private static FieldProblem checkNumber(FormField field, FieldRules rules, BigDecimal number) {
        Integer decimals = field.decimalDigits();
        if (decimals != null && number.scale() > decimals) {
            return decimals == 0 ? FieldProblem.of(field.key(), "form.wholeNumber")
                    : FieldProblem.of(field.key(), "form.decimalDigits", decimals);
        }
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            return FieldProblem.of(field.key(), "form.min", rules.min());
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            return FieldProblem.of(field.key(), "form.max", rules.max());
        }
        return null;
    }

    private FieldProblem checkDate(FormField field, Object value) {
        if (!field.disallowPassedDates()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = value instanceof LocalDateTime dateTime ? dateTime.toLocalDate()
                : value instanceof LocalDate day ? day : null;
        return date != null && date.isBefore(today) ? FieldProblem.of(field.key(), "form.pastDate") : null;
    }
}
