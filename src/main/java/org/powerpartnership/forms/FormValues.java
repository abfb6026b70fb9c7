package org.powerpartnership.forms;

import org.powerpartnership.shared.CouncilTime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Submitted values in their canonical types, so every service sees the same thing whoever filled the form in
 * (the Vaadin renderer, Camunda Tasklist, a test):
 * <ul>
 *   <li>textfield, textarea, select, radio: {@link String}, trimmed;</li>
 *   <li>number: {@link BigDecimal} without trailing zeros;</li>
 *   <li>checkbox: {@link Boolean} (absent means {@code false});</li>
 *   <li>checklist: {@code List<String>} in the order of the options (absent means empty);</li>
 *   <li>datetime: {@link LocalDate}, {@link LocalTime} or {@link LocalDateTime} by subtype (ISO text accepted;
 *       a time with an offset is moved to this server's time zone).</li>
 * </ul>
 * Empty values (blank text, no choice) are left out of maps rather than kept as {@code null}.
 */
public final class FormValues {

    private static final Pattern THOUSANDS = Pattern.compile("^[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");

    private FormValues() {
    }

    /** A value that cannot be read as its field's type; {@link #messageKey()} says what was expected. */
    public static final class UnreadableValueException extends IllegalArgumentException {

        private final String field;
        private final String messageKey;

        UnreadableValueException(FormField field, String messageKey) {
            super("The value of " + field.key() + " cannot be read as a " + field.schemaType());
            this.field = field.key();
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        /** {@code form.notANumber}, {@code form.notADate}, {@code form.notATime}, {@code form.notAnOption} or
         * {@code form.notText}. */
        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * The value in its field's canonical type; {@code null} when empty (a checkbox's empty value is
     * {@code false}, a checklist's an empty list).
     *
     * @throws UnreadableValueException when the value cannot be read as the field's type
     */
    public static Object canonical(FormField field, Object raw) {
        if (!field.isKeyed()) {
            throw new IllegalArgumentException(field.id() + " holds no value");
        }
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA, SELECT, RADIO -> text(field, raw);
            case NUMBER -> number(field, raw);
            case CHECKBOX -> bool(field, raw);
            case CHECKLIST -> list(field, raw);
            case DATETIME -> temporal(field, raw);
            default -> throw new IllegalStateException("Not a keyed type: " + field.type());
        };
    }

    /**
     * What the form submits, in canonical types: only the form's keys (anything else is dropped, so nothing
     * unexpected reaches a service), no fields hidden by {@code conditional.hide}, empty values left out except
     * checkboxes ({@code false}) and checklists (empty list).
     *
     * @throws UnreadableValueException when a value cannot be read as its field's type
     */
    public static Map<String, Object> canonical(FormSchema schema, Map<String, ?> values) {
        Set<String> hidden = schema.hiddenIds(values);
        Map<String, Object> canonical = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            if (hidden.contains(field.id())) {
                continue;
            }
            Object value = canonical(field, values.get(field.key()));
            if (value != null) {
                canonical.put(field.key(), value);
            }
        }
        return Collections.unmodifiableMap(canonical);
    }

    /** The values whose keys are fields of the form, as they are (no conversion, {@code null}s left out). */
    public static Map<String, Object> withoutUnknownKeys(FormSchema schema, Map<String, ?> values) {
        Map<String, Object> known = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (schema.field(key).isPresent() && value != null) {
                known.put(key, value);
            }
        });
        return Collections.unmodifiableMap(known);
    }

    /**
     * Validates with the default {@link FormValidator} (system clock) and returns what a service should store:
     * the visible fields' canonical values, nothing else.
     *
     * @throws org.powerpartnership.shared.InvalidInputException with every problem, when anything is wrong
     */
    public static Map<String, Object> throwIfInvalid(FormSchema schema, Map<String, ?> values) {
        return new FormValidator().requireValid(schema, values);
    }

    /** Like {@link #canonical(FormField, Object)}, but an unreadable value is returned as it is. */
    static Object canonicalOrRaw(FormField field, Object raw) {
        try {
            return canonical(field, raw);
        } catch (UnreadableValueException unreadable) {
            return raw;
        }
    }

    private static String text(FormField field, Object raw) {
        if (raw == null) {
            return null;
        }
        String text;
        if (raw instanceof CharSequence || raw instanceof Boolean || raw instanceof Temporal) {
            text = raw.toString();
        } else if (raw instanceof BigDecimal number) {
            text = number.stripTrailingZeros().toPlainString();
        } else if (raw instanceof Number number) {
            text = canonicalNumber(new BigDecimal(number.toString())).toPlainString();
        } else {
            throw new UnreadableValueException(field, field.type().hasOptions() ? "form.notAnOption" : "form.notText");
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private static BigDecimal number(FormField field, Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            if (raw instanceof BigDecimal number) {
                return canonicalNumber(number);
            }
            if (raw instanceof BigInteger number) {
                return canonicalNumber(new BigDecimal(number));
            }
            if (raw instanceof Double || raw instanceof Float) {
                double number = ((Number) raw).doubleValue();
                if (Double.isNaN(number) || Double.isInfinite(number)) {
                    throw new UnreadableValueException(field, "form.notANumber");
                }
                return canonicalNumber(BigDecimal.valueOf(number));
            }
            if (raw instanceof Number number) {
                return canonicalNumber(BigDecimal.valueOf(number.longValue()));
            }
            if (raw instanceof CharSequence chars) {
                String text = chars.toString().strip();
                if (text.isEmpty()) {
                    return null;
                }
                if (THOUSANDS.matcher(text).matches()) {
                    text = text.replace(",", "");
                }
                return canonicalNumber(new BigDecimal(text));
            }
        } catch (NumberFormatException | ArithmeticException notANumber) {
            throw new UnreadableValueException(field, "form.notANumber");
        }
        throw new UnreadableValueException(field, "form.notANumber");
    }

    private static BigDecimal canonicalNumber(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Boolean bool(FormField field, Object raw) {
        if (raw == null) {
            return Boolean.FALSE;
        }
        if (raw instanceof Boolean bool) {
            return bool;
        }
        if (raw instanceof CharSequence chars) {
            String text = chars.toString().strip();
            if (text.isEmpty() || text.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            if (text.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
        }
        throw new UnreadableValueException(field, "form.notAnOption");
    }

    private static List<String> list(FormField field, Object raw) {
        Collection<?> items;
        if (raw == null) {
            items = List.of();
        } else if (raw instanceof Collection<?> collection) {
            items = collection;
        } else if (raw instanceof Object[] array) {
            items = List.of(array);
        } else if (raw instanceof CharSequence chars) {
            items = chars.toString().isBlank() ? List.of() : List.of(chars.toString());
        } else {
            throw new UnreadableValueException(field, "form.notAnOption");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object item : items) {
            if (item == null) {
                continue;
            }
            if (!(item instanceof CharSequence || item instanceof Number || item instanceof Boolean)) {
                throw new UnreadableValueException(field, "form.notAnOption");
            }
            String value = item.toString().strip();
            if (!value.isEmpty()) {
                chosen.add(value);
            }
        }
        List<String> ordered = new ArrayList<>();
        for (FormOption option : field.options()) {
            if (chosen.remove(option.value())) {
                ordered.add(option.value());
            }
        }
        ordered.addAll(chosen);
        return List.copyOf(ordered);
    }

    private static Temporal temporal(FormField field, Object raw) {
        DateTimeSubtype subtype = field.subtype() == null ? DateTimeSubtype.DATE : field.subtype();
        String unreadable = subtype == DateTimeSubtype.TIME ? "form.notATime" : "form.notADate";
        if (raw == null || raw instanceof CharSequence chars && chars.toString().isBlank()) {
            return null;
        }
        if (raw instanceof Date date) {
            raw = LocalDateTime.ofInstant(date.toInstant(), CouncilTime.zone());
        }
        try {
            return switch (subtype) {
                case DATE -> {
                    if (raw instanceof LocalDate date) {
                        yield date;
                    }
                    if (raw instanceof LocalDateTime dateTime) {
                        yield dateTime.toLocalDate();
                    }
                    if (raw instanceof CharSequence chars) {
                        yield LocalDate.parse(chars.toString().strip());
                    }
                    throw new UnreadableValueException(field, unreadable);
                }
                case TIME -> {
                    if (raw instanceof LocalTime time) {
                        yield time;
                    }
                    if (raw instanceof CharSequence chars) {
                        String text = chars.toString().strip();
                        yield hasOffset(text) ? OffsetTime.parse(text).toLocalTime() : LocalTime.parse(text);
                    }
                    throw new UnreadableValueException(field, unreadable);
                }
                case DATETIME -> {
                    if (raw instanceof LocalDateTime dateTime) {
                        yield dateTime;
                    }
                    if (raw instanceof OffsetDateTime dateTime) {
                        yield dateTime.atZoneSameInstant(CouncilTime.zone()).toLocalDateTime();
                    }
                    if (raw instanceof ZonedDateTime dateTime) {
                        yield dateTime.withZoneSameInstant(CouncilTime.zone()).toLocalDateTime();
                    }
                    if (raw instanceof CharSequence chars) {
                        String text = chars.toString().strip();
                        yield hasOffset(text)
                                ? OffsetDateTime.parse(text).atZoneSameInstant(CouncilTime.zone()).toLocalDateTime()
                                : LocalDateTime.parse(text);
                    }
                    throw new UnreadableValueException(field, unreadable);
                }
            };
        } catch (DateTimeParseException notADate) {
            throw new UnreadableValueException(field, unreadable);
        }
    }

    private static boolean hasOffset(String text) {
        int time = text.indexOf('T') + 1;
        String clock = text.substring(time);
        return clock.endsWith("Z") || clock.indexOf('+') >= 0 || clock.indexOf('-') >= 0;
    }
}
