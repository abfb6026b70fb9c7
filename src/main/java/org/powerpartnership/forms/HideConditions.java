package org.powerpartnership.forms;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small part of FEEL that {@code conditional.hide} may use here. A component is hidden when its expression
 * is true for the current values:
 * <ul>
 *   <li>{@code =key = "value"} and {@code =key != "value"}: compares the value's text
 *       ({@code null != "value"} is true, as in FEEL);</li>
 *   <li>{@code =key = true}, {@code =key = false}, {@code =key = null} (and {@code !=});</li>
 *   <li>{@code =key}: the value is truthy: {@code true}, non-blank text, a non-empty list or a non-zero number;</li>
 *   <li>{@code =not(key)}: the opposite;</li>
 *   <li>{@code =true}, {@code =false}.</li>
 * </ul>
 * Anything else is logged once as a warning and treated as "visible", so nothing is hidden by an expression we
 * cannot read.
 */
public final class HideConditions {

    private static final Logger log = LoggerFactory.getLogger(HideConditions.class);
    private static final String KEY = "([A-Za-z_][A-Za-z0-9_]*)";
    private static final Pattern COMPARE_TEXT = Pattern.compile("^=\\s*" + KEY + "\\s*(=|!=)\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern COMPARE_LITERAL =
            Pattern.compile("^=\\s*" + KEY + "\\s*(=|!=)\\s*(true|false|null)\\s*$");
    private static final Pattern TRUTHY = Pattern.compile("^=\\s*" + KEY + "\\s*$");
    private static final Pattern CONSTANT = Pattern.compile("^=\\s*(true|false)\\s*$");
    private static final Pattern NOT = Pattern.compile("^=\\s*not\\s*\\(\\s*" + KEY + "\\s*\\)\\s*$");

    private static final Map<String, Optional<Condition>> PARSED = new ConcurrentHashMap<>();
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private HideConditions() {
    }

    /** Whether the expression hides its component for these values; blank or unreadable expressions never hide. */
    public static boolean hides(String expression, Map<String, ?> values) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        Optional<Condition> condition = parse(expression);
        if (condition.isEmpty()) {
            if (WARNED.add(expression)) {
                log.warn("conditional.hide expression {} is not in the supported subset; the component stays visible",
                        expression);
            }
            return false;
        }
        return condition.get().test(values);
    }

    /** Whether the expression is in the supported subset. */
    public static boolean isSupported(String expression) {
        return expression == null || expression.isBlank() || parse(expression).isPresent();
    }

    /** The key the expression reads, if it is in the supported subset. */
    public static Optional<String> referencedKey(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        return parse(expression).map(Condition::key);
    }

    private static Optional<Condition> parse(String expression) {
        return PARSED.computeIfAbsent(expression.strip(), HideConditions::read);
    }

    private static Optional<Condition> read(String expression) {
        Matcher matcher = CONSTANT.matcher(expression);
        if (matcher.matches()) {
            return Optional.of(new Condition(null, false, Kind.CONSTANT, matcher.group(1)));
        }
        matcher = COMPARE_TEXT.matcher(expression);
        if (matcher.matches()) {
            return Optional.of(new Condition(matcher.group(1), matcher.group(2).equals("!="), Kind.EQUALS,
                    matcher.group(3)));
        }
        matcher = COMPARE_LITERAL.matcher(expression);
        if (matcher.matches()) {
            String literal = matcher.group(3);
            return Optional.of(new Condition(matcher.group(1), matcher.group(2).equals("!="),
                    literal.equals("null") ? Kind.IS_NULL : Kind.EQUALS, literal.equals("null") ? null : literal));
        }
        matcher = TRUTHY.matcher(expression);
        if (matcher.matches()) {
            return Optional.of(new Condition(matcher.group(1), false, Kind.TRUTHY, null));
        }
        matcher = NOT.matcher(expression);
        if (matcher.matches()) {
            return Optional.of(new Condition(matcher.group(1), true, Kind.TRUTHY, null));
        }
        return Optional.empty();
    }

    private enum Kind { EQUALS, IS_NULL, TRUTHY, CONSTANT }

    private record Condition(String key, boolean negated, Kind kind, String operand) {

        boolean test(Map<String, ?> values) {
            Object value = key == null ? null : values.get(key);
            boolean result = switch (kind) {
                case CONSTANT -> Boolean.parseBoolean(operand);
                case EQUALS -> operand.equals(text(value));
                case IS_NULL -> isEmpty(value);
                case TRUTHY -> truthy(value);
            };
            return negated != result;
        }
    }

    private static String text(Object value) {
        if (value == null || value instanceof Collection<?>) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value.toString().strip();
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank()
                || value instanceof Collection<?> list && list.isEmpty();
    }

    private static boolean truthy(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return !isEmpty(value);
    }
}
