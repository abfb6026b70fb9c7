package org.powerpartnership.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;

/**
 * A survey as its team edits it: questions in order, read from and written back to form-js JSON. What the builder
 * cannot edit (a group, a separator, a question with a condition it cannot read, made in Camunda Modeler) is kept
 * exactly as it came and written back in its place, so an import, an edit and an export lose nothing. The whole
 * survey is checked by {@link SurveyService#saveDraft}; this class only keeps each question well formed.
 */
public final class SurveyDesign {

    /** A place in the survey: a question the builder edits, or a component kept as it came. */
    public sealed interface Item permits SurveyQuestion, Kept {
    }

    /**
     * A component the builder does not edit, kept as it came.
     *
     * @param json  the component's JSON
     * @param type  its form-js type (e.g. {@code group})
     * @param label its label or text, for the list, or its id
     * @param keys  the answer keys inside it (a group's questions)
     */
    public record Kept(String json, String type, String label, List<String> keys) implements Item {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHOW_IF = Pattern.compile("^=\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*!=\\s*\"([^\"]*)\"\\s*$");
    private static final String DASH = " \u2013 ";

    private final ObjectNode form;
    private final List<Item> items;

    private SurveyDesign(ObjectNode form, List<Item> items) {
        this.form = form;
        this.items = items;
    }

    /** Reads a survey's form-js JSON; JSON that is not a form is refused as the service refuses it. */
    public static SurveyDesign fromJson(String json) {
        JsonNode root;
        try {
            root = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            throw new InvalidInputException(FieldProblem.of(SurveyRules.FIELD, "survey.unreadable",
                    notJson.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !root.path("components").isArray()) {
            throw new InvalidInputException(FieldProblem.of(SurveyRules.FIELD, "survey.unreadable", "no components"));
        }
        ObjectNode form = ((ObjectNode) root).deepCopy();
        List<Item> items = new ArrayList<>();
        for (JsonNode component : form.remove("components")) {
            items.add(read(component));
        }
        return new SurveyDesign(form, items);
    }

    /** The survey as form-js JSON, for the service, the preview and Camunda Modeler. */
    public String toJson() {
        ObjectNode out = form.deepCopy();
        ArrayNode components = out.putArray("components");
        Set<String> ids = new LinkedHashSet<>();
        for (Item item : items) {
            ObjectNode node = item instanceof SurveyQuestion question ? write(question) : parse(((Kept) item).json());
            String id = node.path("id").asText("");
            if (id.isBlank() || !ids.add(id)) {
                id = uniqueId(node, ids);
                ids.add(id);
                node.put("id", id);
            }
            components.add(node);
        }
        return out.toString();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** The questions residents answer, in order (for show-if choices). */
    public List<SurveyQuestion> questions() {
        return items.stream().filter(SurveyQuestion.class::isInstance).map(SurveyQuestion.class::cast)
                .filter(q -> q.kind().isAnswered()).toList();
    }

    /** Every answer key in the survey, kept components' included. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Item item : items) {
            if (item instanceof SurveyQuestion question && question.key() != null) {
                keys.add(question.key());
            } else if (item instanceof Kept kept) {
                keys.addAll(kept.keys());
            }
        }
        return keys;
    }

    public void add(SurveyQuestion question) {
        items.add(withId(question));
    }

    /** Puts an edited question in its place; other questions' show-if follow a renamed key. */
    public void replace(int index, SurveyQuestion question) {
        Item before = items.set(index, withId(question));
        if (before instanceof SurveyQuestion old && old.key() != null && question.key() != null
                && !old.key().equals(question.key())) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof SurveyQuestion other && old.key().equals(other.showIfKey())) {
                    items.set(i, new SurveyQuestion(other.kind(), other.id(), other.key(), other.label(),
                            other.description(), other.required(), other.options(), other.scale(), other.scaleLow(),
                            other.scaleHigh(), other.min(), other.max(), question.key(), other.showIfValue(),
                            other.source()));
                }
            }
        }
    }

    public void remove(int index) {
        items.remove(index);
    }

    public void moveUp(int index) {
        if (index > 0 && index < items.size()) {
            items.add(index - 1, items.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < items.size() - 1) {
            items.add(index + 1, items.remove(index));
        }
    }

    /**
     * A key made from a question's words ("How old are you?" → {@code howOldAreYou}), not one of those taken.
     */
    public static String keyFor(String label, Collection<String> taken) {
        String[] words = (label == null ? "" : label).replaceAll("[^A-Za-z0-9 ]+", " ").strip().split("\\s+");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty() || key.length() + word.length() > 30) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            key.append(key.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        String base = key.isEmpty() ? "question" : Character.isDigit(key.charAt(0)) ? "q" + key : key.toString();
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    /** A rating's points, 1 to N, the first and last saying what they mean ("1 – Not at all"). */
    static List<SurveyQuestion.Option> ratingOptions(int scale, String low, String high) {
        List<SurveyQuestion.Option> points = new ArrayList<>();
        for (int point = 1; point <= scale; point++) {
            String label = String.valueOf(point);
            if (point == 1 && low != null && !low.isBlank()) {
                label += DASH + low.strip();
            } else if (point == scale && high != null && !high.isBlank()) {
                label += DASH + high.strip();
            }
            points.add(new SurveyQuestion.Option(String.valueOf(point), label));
        }
        return points;
    }

    private static Item read(JsonNode node) {
        String type = node.path("type").asText("");
        String hide = node.path("conditional").path("hide").asText("");
        hide = hide.isBlank() ? null : hide;
        Matcher showIf = hide == null ? null : SHOW_IF.matcher(hide);
        SurveyQuestion.Kind kind = kindOf(node, type);
        String key = node.path("key").asText(null);
        boolean keyOk = kind == SurveyQuestion.Kind.GUIDANCE
                || key != null && SurveyQuestion.SIMPLE_KEY.matcher(key).matches();
        if (!node.isObject() || kind == null || !keyOk || showIf != null && !showIf.matches()) {
            return kept(node, type);
        }
        List<SurveyQuestion.Option> options = new ArrayList<>();
        for (JsonNode value : node.path("values")) {
            String optionValue = value.path("value").asText("");
            options.add(new SurveyQuestion.Option(optionValue, value.path("label").asText(optionValue)));
        }
        JsonNode validate = node.path("validate");
        String label = kind == SurveyQuestion.Kind.GUIDANCE ? node.path("text").asText("")
                : kind == SurveyQuestion.Kind.DATE ? node.path("dateLabel").asText(node.path("label").asText(""))
                : node.path("label").asText("");
        boolean rating = kind == SurveyQuestion.Kind.RATING;
        return new SurveyQuestion(kind, node.path("id").asText(null), kind.isAnswered() ? key : null, label,
                node.path("description").asText(null), validate.path("required").asBoolean(false),
                kind.hasOptions() ? options : List.of(), rating ? options.size() : 0,
                rating ? afterDash(options.get(0).label()) : null,
                rating ? afterDash(options.get(options.size() - 1).label()) : null,
                validate.path("min").isNumber() ? validate.get("min").decimalValue() : null,
                validate.path("max").isNumber() ? validate.get("max").decimalValue() : null,
                showIf == null ? null : showIf.group(1), showIf == null ? null : showIf.group(2), node.toString());
    }

    private static SurveyQuestion.Kind kindOf(JsonNode node, String type) {
        if ((node.has("valuesKey") || node.has("valuesExpression"))) {
            return null;
        }
        return switch (type) {
            case "radio" -> isRating(node) ? SurveyQuestion.Kind.RATING : SurveyQuestion.Kind.SINGLE_CHOICE;
            case "checklist" -> SurveyQuestion.Kind.MULTIPLE_CHOICE;
            case "select" -> SurveyQuestion.Kind.DROP_DOWN;
            case "textfield" -> SurveyQuestion.Kind.SHORT_TEXT;
            case "textarea" -> SurveyQuestion.Kind.LONG_TEXT;
            case "number" -> SurveyQuestion.Kind.NUMBER;
            case "datetime" -> node.path("subtype").asText("date").equals("date") ? SurveyQuestion.Kind.DATE : null;
            case "text" -> SurveyQuestion.Kind.GUIDANCE;
            default -> null;
        };
    }

    /** A radio written by the builder as a rating: marked so, with the points 1 to N in order. */
    private static boolean isRating(JsonNode node) {
        if (!"rating".equals(node.path("properties").path("scale").asText())) {
            return false;
        }
        JsonNode values = node.path("values");
        if (values.size() < SurveyQuestion.SCALE_MIN || values.size() > SurveyQuestion.SCALE_MAX) {
            return false;
        }
        for (int i = 0; i < values.size(); i++) {
            if (!String.valueOf(i + 1).equals(values.get(i).path("value").asText())) {
                return false;
            }
        }
        return true;
    }

    private static String afterDash(String label) {
        int at = label.indexOf(DASH);
        return at < 0 ? null : label.substring(at + DASH.length());
    }

    private static Kept kept(JsonNode node, String type) {
        List<String> keys = new ArrayList<>();
        collectKeys(node, keys);
        String label = node.path("label").asText(node.path("text").asText(node.path("id").asText(type)));
        return new Kept(node.toString(), type, label, keys);
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        if (node.path("key").isTextual()) {
            keys.add(node.get("key").asText());
        }
        for (JsonNode child : node.path("components")) {
            collectKeys(child, keys);
        }
    }

    private static ObjectNode write(SurveyQuestion question) {
        SurveyQuestion.Kind kind = question.kind();
        ObjectNode node = question.source() == null ? JSON.createObjectNode() : parse(question.source());
        boolean sameKind = question.source() != null && kind.schemaType().equals(node.path("type").asText())
                && (kind == SurveyQuestion.Kind.RATING) == isRating(node);
        if (!sameKind) {
            // settings of another kind (a text's pattern, a list's options) mean nothing here
            node = JSON.createObjectNode();
        }
        if (question.id() != null) {
            node.put("id", question.id());
        }
        node.put("type", kind.schemaType());
        if (kind == SurveyQuestion.Kind.GUIDANCE) {
            node.put("text", question.label());
        } else {
            node.put("key", question.key());
            node.put(kind == SurveyQuestion.Kind.DATE ? "dateLabel" : "label", question.label().strip());
            putOrRemove(node, "description", question.description());
            ObjectNode validate = node.path("validate").isObject() ? (ObjectNode) node.get("validate")
                    : JSON.createObjectNode();
            if (question.required()) {
                validate.put("required", true);
            } else {
                validate.remove("required");
            }
            if (kind == SurveyQuestion.Kind.NUMBER) {
                putOrRemove(validate, "min", question.min());
                putOrRemove(validate, "max", question.max());
            }
            if (validate.isEmpty()) {
                node.remove("validate");
            } else {
                node.set("validate", validate);
            }
        }
        if (kind.hasOptions() || kind == SurveyQuestion.Kind.RATING) {
            ArrayNode values = node.putArray("values");
            question.answers().forEach(o -> values.addObject().put("label", o.label()).put("value", o.value()));
        }
        if (kind == SurveyQuestion.Kind.RATING) {
            node.with("properties").put("scale", "rating");
        }
        if (kind == SurveyQuestion.Kind.DATE) {
            node.put("subtype", "date");
        }
        ObjectNode conditional = node.path("conditional").isObject() ? (ObjectNode) node.get("conditional")
                : JSON.createObjectNode();
        if (question.hasShowIf()) {
            conditional.put("hide", "=" + question.showIfKey() + " != \"" + question.showIfValue() + "\"");
        } else {
            conditional.remove("hide");
        }
        if (conditional.isEmpty()) {
            node.remove("conditional");
        } else {
            node.set("conditional", conditional);
        }
        return node;
    }

    /** A new question gets an id made from its key, used by no other component, and keeps it. */
    private SurveyQuestion withId(SurveyQuestion question) {
        if (question.id() != null) {
            return question;
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Item item : items) {
            ids.add(item instanceof SurveyQuestion q ? q.id() : parse(((Kept) item).json()).path("id").asText());
        }
        ObjectNode node = JSON.createObjectNode().put("type", question.kind().schemaType());
        if (question.key() != null) {
            node.put("key", question.key());
        }
        return new SurveyQuestion(question.kind(), uniqueId(node, ids), question.key(), question.label(),
                question.description(), question.required(), question.options(), question.scale(),
                question.scaleLow(), question.scaleHigh(), question.min(), question.max(), question.showIfKey(),
                question.showIfValue(), question.source());
    }

    private static String uniqueId(ObjectNode node, Set<String> ids) {
        String base = node.path("type").asText().equals("text") ? "Text_Guidance"
                : node.hasNonNull("key") ? "Field_" + capitalise(node.get("key").asText()) : "Component";
        String candidate = base;
        for (int n = 2; ids.contains(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }

    private static String capitalise(String key) {
        return key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private static void putOrRemove(ObjectNode node, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            node.remove(field);
        } else if (value instanceof BigDecimal number) {
            node.put(field, number);
        } else {
            node.put(field, value.toString().strip());
        }
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A component kept by the builder is no longer JSON", unreadable);
        }
    }
}
