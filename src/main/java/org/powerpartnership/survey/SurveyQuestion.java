package org.powerpartnership.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.powerpartnership.shared.FieldProblem;

/**
 * One question of a survey as its team edits it in the builder, in the team's words rather than form-js's. It
 * becomes a form-js component with {@link SurveyDesign#toJson()}.
 *
 * @param kind        what sort of answer it asks for
 * @param id          the component's id in the form (kept from an imported form; made from the key for a new one)
 * @param key         the name the answer is kept under (a simple name); {@code null} for guidance
 * @param label       the question as residents read it; for guidance, the text itself
 * @param description help shown under the question, or {@code null}
 * @param required    whether an answer is needed
 * @param options     the answers of a single, multiple or drop-down choice, in order
 * @param scale       how many points a rating scale has (2 to 10); 0 for anything else
 * @param scaleLow    what the lowest point of a rating means (e.g. "Not at all")
 * @param scaleHigh   what the highest point means (e.g. "Very much")
 * @param min         the smallest number accepted, or {@code null}
 * @param max         the largest number accepted, or {@code null}
 * @param showIfKey   show this question only when the question with this key ...
 * @param showIfValue ... has this option value; both {@code null} for "always show"
 * @param source      the component's JSON as it was read, so settings the builder does not edit (a pattern, a
 *                    length limit) survive an edit; {@code null} for a new question
 */
public record SurveyQuestion(Kind kind, String id, String key, String label, String description, boolean required,
                             List<Option> options, int scale, String scaleLow, String scaleHigh, BigDecimal min,
                             BigDecimal max, String showIfKey, String showIfValue, String source)
        implements SurveyDesign.Item {

    public static final int SCALE_MIN = 2;
    public static final int SCALE_MAX = 10;
    public static final int KEY_MAX = 40;
    static final Pattern SIMPLE_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    public SurveyQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The kinds of question the builder offers, each with the form-js type it is written as. */
    public enum Kind {
        SINGLE_CHOICE("radio"), MULTIPLE_CHOICE("checklist"), DROP_DOWN("select"), RATING("radio"),
        SHORT_TEXT("textfield"), LONG_TEXT("textarea"), NUMBER("number"), DATE("datetime"), GUIDANCE("text");

        private final String schemaType;

        Kind(String schemaType) {
            this.schemaType = schemaType;
        }

        public String schemaType() {
            return schemaType;
        }

        /** Whether the team lists the answers (one per line). */
        public boolean hasOptions() {
            return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == DROP_DOWN;
        }

        /** Whether residents answer it (guidance is only read). */
        public boolean isAnswered() {
            return this != GUIDANCE;
        }

        /** Whether its answers can be named in another question's show-if. */
        public boolean canBeShownIfOn() {
            return hasOptions() || this == RATING;
        }
    }

    /** One answer of a choice: the value kept, the label shown. */
    public record Option(String value, String label) {
    }

    /** A new, empty question of a kind (a rating starts as 1 to 5, "Not at all" to "Very much"). */
    public static SurveyQuestion blank(Kind kind) {
        boolean rating = kind == Kind.RATING;
        return new SurveyQuestion(kind, null, null, "", null, false, List.of(), rating ? 5 : 0,
                rating ? "Not at all" : null, rating ? "Very much" : null, null, null, null, null, null);
    }

    /** Whether the question has a show-if condition. */
    public boolean hasShowIf() {
        return showIfKey != null && !showIfKey.isBlank();
    }

    /**
     * The answers a show-if can name: a choice's options, or a rating's points.
     */
    public List<Option> answers() {
        return kind == Kind.RATING ? SurveyDesign.ratingOptions(scale, scaleLow, scaleHigh) : options;
    }

    /**
     * What is wrong with the question on its own, field by field ({@code label}, {@code key}, {@code options},
     * {@code scale}, {@code max}, {@code showIfValue}); what depends on the other questions (a key used twice, a
     * show-if naming a question that is gone) is checked when the survey is saved.
     */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (label == null || label.isBlank()) {
            problems.add(FieldProblem.of("label", kind == Kind.GUIDANCE ? "surveyBuilder.problem.text"
                    : "surveyBuilder.problem.label"));
        }
        if (kind.isAnswered() && (key == null || !SIMPLE_KEY.matcher(key).matches() || key.length() > KEY_MAX)) {
            problems.add(FieldProblem.of("key", "surveyBuilder.problem.key", KEY_MAX));
        }
        if (kind.hasOptions() && options.size() < 2) {
            problems.add(FieldProblem.of("options", "surveyBuilder.problem.options"));
        }
        if (kind == Kind.RATING && (scale < SCALE_MIN || scale > SCALE_MAX)) {
            problems.add(FieldProblem.of("scale", "surveyBuilder.problem.scale", SCALE_MIN, SCALE_MAX));
        }
        if (kind == Kind.NUMBER && min != null && max != null && min.compareTo(max) > 0) {
            problems.add(FieldProblem.of("max", "surveyBuilder.problem.range"));
        }
        if (hasShowIf() && (showIfValue == null || showIfValue.isBlank())) {
            problems.add(FieldProblem.of("showIfValue", "surveyBuilder.problem.showIfValue"));
        }
        return problems;
    }

    /**
     * The options written one per line: each line is a label; a label that was there before keeps its value (so
     * answers already given still match), a new one gets a value made from its words.
     */
    public static List<Option> optionsFromLines(String lines, List<Option> before) {
        List<Option> options = new ArrayList<>();
        if (lines == null) {
            return options;
        }
        for (String line : lines.split("\\R")) {
            String label = line.strip();
            if (label.isEmpty() || options.stream().anyMatch(o -> o.label().equals(label))) {
                continue;
            }
            String value = before == null ? null : before.stream().filter(o -> o.label().equals(label))
                    .map(Option::value).findFirst().orElse(null);
            if (value == null || taken(options, value)) {
                String base = valueFor(label);
                String candidate = base;
                for (int n = 2; candidate.equals(value) || taken(options, candidate); n++) {
                    candidate = base + "_" + n;
                }
                value = candidate;
            }
            options.add(new Option(value, label));
        }
        return options;
    }

    /** The options as the lines the team edits. */
    public static String optionLines(List<Option> options) {
        return String.join("\n", options.stream().map(Option::label).toList());
    }

    private static boolean taken(List<Option> options, String value) {
        return options.stream().anyMatch(o -> o.value().equals(value));
    }

    private static String valueFor(String label) {
        String value = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (value.length() > 40) {
            value = value.substring(0, 40).replaceAll("_+$", "");
        }
        return value.isEmpty() ? "option" : value;
    }
}
