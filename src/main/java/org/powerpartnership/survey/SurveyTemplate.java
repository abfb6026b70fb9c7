package org.powerpartnership.survey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.profile.ProfileOptions;

/**
 * The survey a consultation starts from, before its team writes its own: the question agreed in stage 1 (or, until
 * then, a plain one about the proposal), how much people agree, and the two optional questions about the person that
 * representation checks need. The age bands are the profile's own ({@link ProfileOptions#AGE_BAND}), so an answer
 * in someone's profile can be offered instead of asked again.
 */
final class SurveyTemplate {

    static final String AGREEMENT = "agreement";
    static final String MAIN_QUESTION = "whatMattersMost";
    static final String POSTCODE = "postcode";
    /** The key representation is counted on; the builder keeps it when it is present. */
    static final String AGE_BAND = "ageBand";

    /** English labels of the profile's age bands, in its order. */
    static final Map<String, String> AGE_BAND_LABELS;

    static {
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> written = List.of("Under 18", "18 to 24", "25 to 34", "35 to 44", "45 to 54", "55 to 64",
                "65 to 74", "75 or over", "I would rather not say");
        for (int i = 0; i < ProfileOptions.AGE_BAND.size(); i++) {
            labels.put(ProfileOptions.AGE_BAND.get(i), written.get(i));
        }
        AGE_BAND_LABELS = java.util.Collections.unmodifiableMap(labels);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> METHOD_NAMES = Map.of(
            "drop_in", "a drop-in session", "workshop", "a workshop", "walkabout", "a walk around the area",
            "citizens_panel", "a citizens' panel", "focus_group", "a small group chat",
            "paper_survey", "this survey on paper", "assisted_by_partner", "help from a local group");

    private SurveyTemplate() {
    }

    static String formId(Consultation consultation) {
        return "survey-" + consultation.ref().toLowerCase(java.util.Locale.ROOT);
    }

    static String seed(Consultation consultation) {
        ObjectNode form = JSON.createObjectNode();
        form.put("id", formId(consultation));
        form.put("type", "default");
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.put("schemaVersion", 16);
        ArrayNode components = form.putArray("components");
        components.add(text("Text_SurveyGuidance", guidance(consultation)));
        ObjectNode agreement = question(components, "Field_Agreement", AGREEMENT, "radio",
                "How much do you agree with the proposal?", true);
        options(agreement, "strongly_agree", "Strongly agree", "agree", "Agree", "neutral",
                "Neither agree nor disagree", "disagree", "Disagree", "strongly_disagree", "Strongly disagree");
        String question = consultation.question() == null || consultation.question().isBlank()
                ? "What matters most to you about this?" : consultation.question().strip();
        ObjectNode main = question(components, "Field_WhatMattersMost", MAIN_QUESTION, "textarea", question, true);
        main.with("validate").put("minLength", 10).put("maxLength", 3000);
        ObjectNode postcode = question(components, "Field_Postcode", POSTCODE, "textfield",
                "Your postcode (optional)", false);
        postcode.put("description", "For example, LS1 4AB. We only use it to see which areas we have heard from.");
        postcode.with("validate").put("maxLength", 8)
                .put("pattern", "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");
        postcode.putObject("properties").put("autocomplete", "postal-code");
        ObjectNode age = question(components, "Field_AgeBand", AGE_BAND, "select", "Your age (optional)", false);
        ArrayNode values = age.putArray("values");
        AGE_BAND_LABELS.forEach((value, label) -> values.addObject().put("label", label).put("value", value));
        return form.toString();
    }

    private static String guidance(Consultation consultation) {
        StringBuilder text = new StringBuilder("Thank you for taking part. It takes about 5 minutes.");
        List<String> others = consultation.methods() == null ? List.of()
                : java.util.Arrays.stream(consultation.methods().split(",")).map(String::strip)
                        .map(METHOD_NAMES::get).filter(java.util.Objects::nonNull).toList();
        if (!others.isEmpty()) {
            text.append("\n\nYou can also take part through ").append(String.join(", ", others)).append('.');
        }
        text.append("\n\nThe last two questions are about you. You can skip them.");
        return text.toString();
    }

    private static ObjectNode text(String id, String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id).put("type", "text").put("text", text);
        return node;
    }

    private static ObjectNode question(ArrayNode components, String id, String key, String type, String label,
                                       boolean required) {
        ObjectNode node = components.addObject();
        node.put("id", id).put("key", key).put("type", type).put("label", label);
        if (required) {
            node.putObject("validate").put("required", true);
        }
        return node;
    }

    private static void options(ObjectNode node, String... valueThenLabel) {
        ArrayNode values = node.putArray("values");
        for (int i = 0; i < valueThenLabel.length; i += 2) {
            values.addObject().put("label", valueThenLabel[i + 1]).put("value", valueThenLabel[i]);
        }
    }
}
