package org.powerpartnership.forms;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A component's {@code validate} block. Lengths apply to trimmed text, {@code min}/{@code max} to numbers,
 * {@code pattern} must match the whole (trimmed) text, as form-js does.
 */
public record FieldRules(boolean required, Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max,
                         Pattern pattern, ValidationType validationType) {

    public static final FieldRules NONE = new FieldRules(false, null, null, null, null, null, null);

    /** Whether any rule is set. */
    public boolean any() {
        return required || minLength != null || maxLength != null || min != null || max != null || pattern != null
                || validationType != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldRules rules && required == rules.required
                && java.util.Objects.equals(minLength, rules.minLength)
                && java.util.Objects.equals(maxLength, rules.maxLength)
                && java.util.Objects.equals(min, rules.min) && java.util.Objects.equals(max, rules.max)
                && java.util.Objects.equals(patternText(), rules.patternText())
                && validationType == rules.validationType;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(required, minLength, maxLength, min, max, patternText(), validationType);
    }

    private String patternText() {
        return pattern == null ? null : pattern.pattern();
    }
}
