package org.powerpartnership.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormSchemas;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.survey.SurveyQuestion.Kind;
import org.powerpartnership.survey.SurveyQuestion.Option;

class SurveyDesignTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MODELER_FORM = """
            {"id":"survey-x","type":"default","schemaVersion":16,"exporter":{"name":"Camunda Modeler"},
             "components":[
              {"id":"Text_Hello","type":"text","text":"Welcome"},
              {"id":"Field_Postcode","key":"postcode","type":"textfield","label":"Postcode",
               "validate":{"maxLength":8,"pattern":"^[A-Z0-9 ]+$"},"properties":{"autocomplete":"postal-code"}},
              {"id":"Group_About","type":"group","label":"About you","components":[
                 {"id":"Field_Age","key":"age","type":"number","label":"Age"}]},
              {"id":"Field_Odd","key":"odd","type":"textfield","label":"Odd","conditional":{"hide":"=a and b"}},
              {"id":"Field_Likes","key":"likes","type":"radio","label":"Do you like it?",
               "values":[{"label":"Yes","value":"yes"},{"label":"No","value":"no"}]},
              {"id":"Field_Why","key":"why","type":"textarea","label":"Why not?",
               "conditional":{"hide":"=likes != \\"no\\""}}
             ]}""";

    @Test
    void a_modeler_form_read_and_written_back_keeps_every_component_it_cannot_edit_as_it_was() throws Exception {
        SurveyDesign design = SurveyDesign.fromJson(MODELER_FORM);

        assertThat(design.items()).hasSize(6);
        assertThat(design.items().get(2)).isInstanceOf(SurveyDesign.Kept.class);
        assertThat(((SurveyDesign.Kept) design.items().get(2)).keys()).containsExactly("age");
        assertThat(design.items().get(3)).as("a condition the builder cannot read").isInstanceOf(SurveyDesign.Kept.class);
        assertThat(design.keys()).containsExactly("postcode", "age", "odd", "likes", "why");

        JsonNode written = JSON.readTree(design.toJson());
        assertThat(written).isEqualTo(JSON.readTree(MODELER_FORM));
    }

    @Test
    void a_question_with_a_show_if_reads_back_as_its_question_and_option() {
        SurveyQuestion why = (SurveyQuestion) SurveyDesign.fromJson(MODELER_FORM).items().get(5);

        assertThat(why.kind()).isEqualTo(Kind.LONG_TEXT);
        assertThat(why.showIfKey()).isEqualTo("likes");
        assertThat(why.showIfValue()).isEqualTo("no");
    }

    @Test
    void editing_a_question_keeps_the_settings_the_builder_does_not_show() throws Exception {
        SurveyDesign design = SurveyDesign.fromJson(MODELER_FORM);
        SurveyQuestion postcode = (SurveyQuestion) design.items().get(1);

        design.replace(1, new SurveyQuestion(postcode.kind(), postcode.id(), postcode.key(), "Your postcode",
                "So we know the area", true, List.of(), 0, null, null, null, null, null, null, postcode.source()));

        JsonNode field = JSON.readTree(design.toJson()).get("components").get(1);
        assertThat(field.get("label").asText()).isEqualTo("Your postcode");
        assertThat(field.get("description").asText()).isEqualTo("So we know the area");
        assertThat(field.get("validate").get("required").asBoolean()).isTrue();
        assertThat(field.get("validate").get("pattern").asText()).isEqualTo("^[A-Z0-9 ]+$");
        assertThat(field.get("properties").get("autocomplete").asText()).isEqualTo("postal-code");
    }

    @Test
    void every_kind_of_question_is_written_as_form_js_the_renderer_reads_and_comes_back_the_same() {
        SurveyDesign design = SurveyDesign.fromJson("{\"components\":[]}");
        List<Option> colours = SurveyQuestion.optionsFromLines("Red\nGreen\n\nRed\nBlue", List.of());
        design.add(question(Kind.SINGLE_CHOICE, "colour", "Favourite colour?", colours, null, null));
        design.add(question(Kind.MULTIPLE_CHOICE, "days", "Which days?",
                SurveyQuestion.optionsFromLines("Monday\nTuesday", List.of()), null, null));
        design.add(question(Kind.DROP_DOWN, "ward", "Your ward", SurveyQuestion.optionsFromLines("North\nSouth",
                List.of()), "colour", "green"));
        design.add(new SurveyQuestion(Kind.RATING, null, "happy", "How happy are you?", null, true, List.of(), 5,
                "Not at all", "Very much", null, null, null, null, null));
        design.add(question(Kind.SHORT_TEXT, "name", "A short answer", List.of(), null, null));
        design.add(question(Kind.LONG_TEXT, "story", "A long answer", List.of(), "happy", "1"));
        design.add(new SurveyQuestion(Kind.NUMBER, null, "children", "How many children?", null, false, List.of(), 0,
                null, null, BigDecimal.ZERO, BigDecimal.TEN, null, null, null));
        design.add(question(Kind.DATE, "visited", "When did you last visit?", List.of(), null, null));
        design.add(question(Kind.GUIDANCE, null, "Thank you.", List.of(), null, null));

        String json = design.toJson();
        FormSchema schema = FormSchemas.parse(json.replace("{\"components\"", "{\"id\":\"s\",\"components\""));
        FormField rating = schema.field("happy").orElseThrow();
        assertThat(rating.type()).isEqualTo(FieldType.RADIO);
        assertThat(rating.options()).extracting(o -> o.label())
                .containsExactly("1 \u2013 Not at all", "2", "3", "4", "5 \u2013 Very much");
        assertThat(rating.property("scale")).contains("rating");
        assertThat(schema.field("colour").orElseThrow().options()).extracting(o -> o.value())
                .containsExactly("red", "green", "blue");
        assertThat(schema.field("ward").orElseThrow().hide()).isEqualTo("=colour != \"green\"");
        assertThat(schema.field("children").orElseThrow().rules().max()).isEqualByComparingTo("10");
        assertThat(schema.field("visited").orElseThrow().label()).isEqualTo("When did you last visit?");
        assertThat(schema.components()).extracting(FormField::schemaType).containsExactly("radio", "checklist",
                "select", "radio", "textfield", "textarea", "number", "datetime", "text");

        SurveyDesign again = SurveyDesign.fromJson(json);
        assertThat(again.items()).extracting(item -> ((SurveyQuestion) item).kind()).containsExactly(
                Kind.SINGLE_CHOICE, Kind.MULTIPLE_CHOICE, Kind.DROP_DOWN, Kind.RATING, Kind.SHORT_TEXT,
                Kind.LONG_TEXT, Kind.NUMBER, Kind.DATE, Kind.GUIDANCE);
        SurveyQuestion happy = (SurveyQuestion) again.items().get(3);
        assertThat(happy.scale()).isEqualTo(5);
        assertThat(happy.scaleLow()).isEqualTo("Not at all");
        assertThat(happy.scaleHigh()).isEqualTo("Very much");
        assertThat(again.toJson()).isEqualTo(json);
    }

    @Test
    void renaming_a_key_carries_the_show_if_questions_that_read_it_along() {
        SurveyDesign design = SurveyDesign.fromJson(MODELER_FORM);
        SurveyQuestion likes = (SurveyQuestion) design.items().get(4);

        design.replace(4, new SurveyQuestion(likes.kind(), likes.id(), "likesIt", likes.label(), null, false,
                likes.options(), 0, null, null, null, null, null, null, likes.source()));

        assertThat(((SurveyQuestion) design.items().get(5)).showIfKey()).isEqualTo("likesIt");
    }

    @Test
    void questions_move_up_and_down_and_are_removed() {
        SurveyDesign design = SurveyDesign.fromJson(MODELER_FORM);
        design.moveUp(1);
        design.moveDown(5);
        design.moveUp(0);
        design.remove(2);

        assertThat(design.keys()).containsExactly("postcode", "odd", "likes", "why");
        assertThat(design.items().get(1)).isInstanceOf(SurveyQuestion.class);
    }

    @Test
    void keys_are_made_from_the_question_and_never_clash() {
        assertThat(SurveyDesign.keyFor("How old are you?", Set.of())).isEqualTo("howOldAreYou");
        assertThat(SurveyDesign.keyFor("How old are you?", Set.of("howOldAreYou"))).isEqualTo("howOldAreYou2");
        assertThat(SurveyDesign.keyFor("¿?", Set.of())).isEqualTo("question");
        assertThat(SurveyDesign.keyFor("2 bikes", Set.of())).isEqualTo("q2Bikes");
    }

    @Test
    void options_keep_their_values_when_their_labels_stay() {
        List<Option> before = List.of(new Option("strongly_agree", "Strongly agree"), new Option("agree", "Agree"));

        assertThat(SurveyQuestion.optionsFromLines("Agree\nStrongly agree\nNot sure", before)).containsExactly(
                new Option("agree", "Agree"), new Option("strongly_agree", "Strongly agree"),
                new Option("not_sure", "Not sure"));
    }

    @Test
    void a_question_on_its_own_names_what_is_missing_field_by_field() {
        SurveyQuestion empty = new SurveyQuestion(Kind.SINGLE_CHOICE, null, "bad key", " ", null, false,
                List.of(new Option("a", "A")), 0, null, null, null, null, "colour", null, null);
        SurveyQuestion range = new SurveyQuestion(Kind.NUMBER, null, "n", "N", null, false, List.of(), 0, null, null,
                BigDecimal.TEN, BigDecimal.ONE, null, null, null);

        assertThat(empty.problems()).extracting(FieldProblem::field)
                .containsExactly("label", "key", "options", "showIfValue");
        assertThat(range.problems()).extracting(FieldProblem::field).containsExactly("max");
        assertThat(SurveyQuestion.blank(Kind.RATING).answers()).hasSize(5);
    }

    @Test
    void a_file_that_is_not_a_form_is_refused_with_the_surveys_own_message() {
        assertThatThrownBy(() -> SurveyDesign.fromJson("not json")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("survey.unreadable");
        assertThatThrownBy(() -> SurveyDesign.fromJson("{\"id\":\"x\"}")).isInstanceOf(InvalidInputException.class);
    }

    private static SurveyQuestion question(Kind kind, String key, String label, List<Option> options,
                                           String showIfKey, String showIfValue) {
        return new SurveyQuestion(kind, null, key, label, null, false, options, 0, null, null, null, null, showIfKey,
                showIfValue, null);
    }
}
