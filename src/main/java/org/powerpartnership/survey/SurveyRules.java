package org.powerpartnership.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormSchemaException;
import org.powerpartnership.forms.FormSchemas;
import org.powerpartnership.forms.HideConditions;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;

/**
 * What a consultation's survey must be before it is kept: readable form-js JSON, at least one question, every
 * question key used once, every show-if reading a question that exists (in the subset the renderer understands),
 * and a cap on every free-text answer, so an oversized answer gets a message instead of filling the database.
 * Problems are reported against the field {@code survey}, naming the question, so the builder and an import say
 * the same thing.
 */
final class SurveyRules {

    static final String FIELD = "survey";
    static final int MAX_JSON_CHARS = 200_000;
    /** Free text that sets no maximum of its own gets these (characters). */
    static final int TEXTAREA_CAP = 5_000;
    static final int TEXTFIELD_CAP = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SurveyRules() {
    }

    /** The survey's JSON made ready to keep (its id set, free text capped), or every problem at once. */
    static Checked check(String json, String formId) {
        if (json == null || json.isBlank()) {
            throw refuse(FieldProblem.of(FIELD, "survey.noQuestions"));
        }
        if (json.length() > MAX_JSON_CHARS) {
            throw refuse(FieldProblem.of(FIELD, "survey.tooLarge", MAX_JSON_CHARS));
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            throw refuse(FieldProblem.of(FIELD, "survey.unreadable", notJson.getOriginalMessage()));
        }
        if (root == null || !root.isObject() || !root.path("components").isArray()) {
            throw refuse(FieldProblem.of(FIELD, "survey.unreadable", "no components"));
        }
        ObjectNode form = (ObjectNode) root;
        form.put("id", formId);
        form.put("type", "default");
        List<FieldProblem> problems = new ArrayList<>(duplicateKeys(form.get("components")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        capFreeText(form.get("components"));
        String normalised = form.toString();
        FormSchema schema;
        try {
            schema = FormSchemas.parse(normalised);
        } catch (FormSchemaException unusable) {
            throw refuse(FieldProblem.of(FIELD, "survey.unreadable", unusable.getMessage()));
        }
        if (schema.fields().isEmpty()) {
            problems.add(FieldProblem.of(FIELD, "survey.noQuestions"));
        }
        for (FormField component : schema.allComponents()) {
            problems.addAll(showIfProblems(schema, component));
            if (component.isKeyed() && (component.label() == null || component.label().isBlank())) {
                problems.add(FieldProblem.of(FIELD, "survey.question.noLabel", component.key()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(schema, normalised);
    }

    /** A survey that passed: the parsed form and the JSON to store. */
    record Checked(FormSchema schema, String json) {
    }

    private static List<FieldProblem> duplicateKeys(JsonNode components) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        collectKeys(components, seen, twice);
        return twice.stream().map(key -> FieldProblem.of(FIELD, "survey.key.duplicate", key)).toList();
    }

    private static void collectKeys(JsonNode components, Set<String> seen, Set<String> twice) {
        for (JsonNode component : components) {
            JsonNode key = component.get("key");
            if (key != null && key.isTextual() && !key.asText().isBlank() && !seen.add(key.asText())) {
                twice.add(key.asText());
            }
            if (component.path("components").isArray()) {
                collectKeys(component.get("components"), seen, twice);
            }
        }
    }

    private static void capFreeText(JsonNode components) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (component.isObject() && (type.equals("textarea") || type.equals("textfield"))) {
                ObjectNode validate = component.has("validate") && component.get("validate").isObject()
                        ? (ObjectNode) component.get("validate") : ((ObjectNode) component).putObject("validate");
                if (!validate.path("maxLength").canConvertToInt()) {
                    validate.put("maxLength", type.equals("textarea") ? TEXTAREA_CAP : TEXTFIELD_CAP);
                }
            }
            if (component.path("components").isArray()) {
                capFreeText(component.get("components"));
            }
        }
    }

    private static List<FieldProblem> showIfProblems(FormSchema schema, FormField component) {
        String hide = component.hide();
        if (hide == null || hide.isBlank() || hide.strip().matches("=\\s*(true|false)")) {
            return List.of();
        }
        String name = Optional.ofNullable(component.label()).filter(l -> !l.isBlank()).orElse(component.id());
        if (!HideConditions.isSupported(hide)) {
            return List.of(FieldProblem.of(FIELD, "survey.showIf.unsupported", name, hide));
        }
        String key = HideConditions.referencedKey(hide).orElse(null);
        if (key == null || schema.field(key).isEmpty()) {
            return List.of(FieldProblem.of(FIELD, "survey.showIf.unknown", name, String.valueOf(key)));
        }
        if (key.equals(component.key())) {
            return List.of(FieldProblem.of(FIELD, "survey.showIf.self", name));
        }
        return List.of();
    }

    private static InvalidInputException refuse(FieldProblem problem) {
        return new InvalidInputException(problem);
    }
}
