package org.powerpartnership.forms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.powerpartnership.forms.ui.FormsRenderIT.english;
import static org.powerpartnership.forms.ui.FormsRenderIT.parse;
import static org.powerpartnership.forms.ui.FormsRenderIT.render;
import static org.powerpartnership.forms.ui.FormsRenderIT.type;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormSchemas;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.support.KaribuTest;

class CamundaFormRendererIT extends KaribuTest {

    private static FormSchema form(String components) {
        return FormSchemas.parse("""
                { "id": "test-form", "type": "default", "schemaVersion": 16, "components": [%s] }
                """.formatted(components));
    }

    @Test
    void each_field_type_gets_its_vaadin_input_with_label_helper_text_required_indicator_and_limits() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "early-engagement-brief.form")));

        TextField title = _get(renderer, TextField.class, spec -> spec.withId("form-field-title"));
        assertThat(title.getLabel()).isEqualTo("Title");
        assertThat(title.getHelperText()).startsWith("A short name");
        assertThat(title.isRequiredIndicatorVisible()).isTrue();
        assertThat(title.getMaxLength()).isEqualTo(200);
        assertThat(_get(renderer, TextArea.class, spec -> spec.withId("form-field-issue")).getMinLength()).isEqualTo(30);
        ComboBox<?> level = _get(renderer, ComboBox.class, spec -> spec.withId("form-field-iap2Level"));
        assertThat(level.getLabel()).isEqualTo("How much say will the public have?");
        NumberField days = _get(renderer, NumberField.class, spec -> spec.withId("form-field-participationWindowDays"));
        assertThat(days.getMin()).isEqualTo(28);
        assertThat(days.getMax()).isEqualTo(180);
        NumberField budget = _get(renderer, NumberField.class, spec -> spec.withId("form-field-budget"));
        assertThat(budget.isRequiredIndicatorVisible()).isFalse();
        DatePicker decisionBy = _get(renderer, DatePicker.class, spec -> spec.withId("form-field-decisionBy"));
        assertThat(decisionBy.getLabel()).isEqualTo("When will the decision be made?");
        assertThat(decisionBy.getMin()).isEqualTo(LocalDate.now());

        CamundaFormRenderer access = render(parse(Path.of("forms", "access-plan.form")));
        assertThat(_get(access, CheckboxGroup.class, spec -> spec.withId("form-field-formats")).getLabel())
                .isEqualTo("Formats we will offer");
        assertThat(_get(access, Checkbox.class, spec -> spec.withId("form-field-paperRoute")).getLabel())
                .isEqualTo("People can take part on paper");
        assertThat(_get(render(parse(Path.of("forms", "panel-vote.form"))), RadioButtonGroup.class,
                spec -> spec.withId("form-field-decision")).getLabel()).isEqualTo("Your vote");
    }

    @Test
    void groups_are_fieldsets_with_a_legend_around_their_fields() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "early-engagement-brief.form")));

        List<FieldSet> groups = _find(renderer, FieldSet.class);
        assertThat(groups).extracting(FieldSet::getLegendText)
                .containsExactly("Level of influence", "The area", "Money and time");
        assertThat(_find(groups.get(1), TextField.class, spec -> spec.withId("form-field-geographyName"))).hasSize(1);
    }

    @Test
    void guidance_text_is_shown_as_headings_paragraphs_lists_and_bold_and_never_as_html() {
        CamundaFormRenderer renderer = render(form("""
                { "id": "Text_Guide", "type": "text",
                  "text": "# Before you start\\n\\nRead **all** of it.\\n- one\\n- two <b>bold?</b>\\n\\n#\\n<script>alert(1)</script>" }
                """));

        assertThat(_get(renderer, H3.class).getText()).isEqualTo("Before you start");
        List<Paragraph> paragraphs = _find(renderer, Paragraph.class);
        assertThat(paragraphs).extracting(paragraph -> paragraph.getElement().getTextRecursively())
                .containsExactly("Read all of it.", "<script>alert(1)</script>");
        assertThat(paragraphs.get(0).getElement().getChild(1).getTag()).isEqualTo("strong");
        assertThat(_find(renderer, ListItem.class)).extracting(ListItem::getText)
                .containsExactly("one", "two <b>bold?</b>");
        assertThat(paragraphs.get(1).getElement().getChildCount()).isEqualTo(1);
        assertThat(paragraphs.get(1).getElement().getChild(0).isTextNode()).isTrue();
    }

    @Test
    void a_component_type_we_cannot_show_is_a_visible_notice() {
        CamundaFormRenderer renderer = render(form("""
                { "id": "Image_Map", "type": "image", "source": "map.png" }
                """));

        assertThat(_get(renderer, Paragraph.class, spec -> spec.withClasses("pp-form-unsupported")).getText())
                .contains("cannot be shown here").contains("image");
    }

    @Test
    void a_field_hidden_by_its_condition_appears_as_soon_as_the_answer_calls_for_it_and_is_left_out_otherwise() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "panel-vote.form")));
        RadioButtonGroup<?> decision = _get(renderer, RadioButtonGroup.class, spec -> spec.withId("form-field-decision"));
        TextArea reasons = (TextArea) renderer.field("reasons").orElseThrow();
        assertThat(reasons.isVisible()).isFalse();

        type(decision, "return");
        assertThat(reasons.isVisible()).isTrue();
        assertThat(renderer.validate()).containsExactly(FieldProblem.of("reasons", "form.required"));
        type(reasons, "The evidence pack leaves out the views of young carers.");
        assertThat(renderer.getValues()).containsEntry("reasons",
                "The evidence pack leaves out the views of young carers.");

        type(decision, "approve");
        assertThat(reasons.isVisible()).isFalse();
        assertThat(renderer.getValues()).containsOnlyKeys("decision");
        assertThat(renderer.validate()).isEmpty();
        type(decision, "return");
        assertThat(reasons.getValue()).as("kept while hidden").startsWith("The evidence pack");
    }

    @Test
    void values_go_in_and_come_out_in_their_canonical_types_and_unknown_keys_are_ignored() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "early-engagement-brief.form")));
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Future of Elm Street library");
        draft.put("budget", "25000.50");
        draft.put("participationWindowDays", 42);
        draft.put("iap2Level", "involve");
        draft.put("decisionBy", "2031-05-14");
        draft.put("notAField", "ignored");

        renderer.setValues(draft);

        assertThat(renderer.getValues()).containsExactly(Map.entry("title", "Future of Elm Street library"),
                Map.entry("iap2Level", "involve"), Map.entry("budget", new BigDecimal("25000.5")),
                Map.entry("participationWindowDays", new BigDecimal("42")),
                Map.entry("decisionBy", LocalDate.of(2031, 5, 14)));
        assertThat(_get(renderer, NumberField.class, spec -> spec.withId("form-field-budget")).getValue())
                .isEqualTo(25000.5);

        CamundaFormRenderer methods = render(parse(Path.of("forms", "co-design-contribution.form")));
        methods.setValues(Map.of("methodsSuggested", List.of("workshop", "drop_in", "séance")));
        assertThat(methods.getValues()).containsEntry("methodsSuggested", List.of("drop_in", "workshop"));
    }

    @Test
    void a_service_problem_is_shown_beside_its_field_and_one_without_a_field_is_handed_back() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "adjustment-response.form")));
        TextArea message = _get(renderer, TextArea.class, spec -> spec.withId("form-field-messageToResident"));
        RadioButtonGroup<?> outcome = _get(renderer, RadioButtonGroup.class, spec -> spec.withId("form-field-outcome"));
        renderer.validate();
        assertThat(outcome.isInvalid()).isTrue();

        FieldProblem tooLong = FieldProblem.of("messageToResident", "form.maxLength", 2000, 2001);
        FieldProblem elsewhere = FieldProblem.of("consultation", "form.required");
        List<FieldProblem> unplaced = renderer.showProblems(List.of(tooLong, elsewhere));

        assertThat(unplaced).containsExactly(elsewhere);
        assertThat(message.isInvalid()).isTrue();
        assertThat(message.getErrorMessage()).isEqualTo(english(tooLong))
                .isEqualTo("Please keep this to 2,000 characters or fewer. You have written 2,001.");
        assertThat(outcome.isInvalid()).as("cleared").isFalse();
    }

    @Test
    void a_message_goes_as_soon_as_the_field_is_put_right() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "outreach-action.form")));
        TextArea groups = _get(renderer, TextArea.class, spec -> spec.withId("form-field-groupsReached"));
        renderer.validate();
        assertThat(groups.getErrorMessage()).isEqualTo("Please answer this question.");

        type(groups, "Short");
        assertThat(groups.getErrorMessage()).isEqualTo("Please write at least 10 characters. You have written 5.");
        type(groups, "Parents at the Saturday club");
        assertThat(groups.isInvalid()).isFalse();
    }

    @Test
    void a_date_the_browser_cannot_read_is_explained_and_the_typed_text_stays() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "deliberation-session.form")));
        DatePicker date = _get(renderer, DatePicker.class, spec -> spec.withId("form-field-sessionDate"));
        date.getElement().setProperty("_inputElementValue", "31 Febtember");
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(date, "unparsable-change");

        List<FieldProblem> problems = renderer.validate();

        assertThat(problems).contains(FieldProblem.of("sessionDate", "form.notADate"));
        assertThat(date.getErrorMessage()).isEqualTo("Please enter a real date, like 31/1/2027.");
        assertThat(date.getElement().getProperty("_inputElementValue")).isEqualTo("31 Febtember");
    }

    @Test
    void a_read_only_form_shows_values_but_takes_no_input_until_it_is_editable_again() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "survey-response.form")));
        renderer.setValues(Map.of("agreement", "agree", "postcode", "LS1 4AB"));

        renderer.setReadOnly(true);

        for (String key : renderer.schema().keys()) {
            assertThat(((HasValue<?, ?>) renderer.field(key).orElseThrow()).isReadOnly()).as(key).isTrue();
        }
        assertThat(renderer.getValues()).containsEntry("postcode", "LS1 4AB");
        renderer.setReadOnly(false);
        assertThat(((HasValue<?, ?>) renderer.field("postcode").orElseThrow()).isReadOnly()).isFalse();
    }

    @Test
    void a_select_is_a_combo_box_offering_the_option_labels_and_giving_back_the_value() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "survey-response.form")));

        ComboBox<?> age = _get(renderer, ComboBox.class, spec -> spec.withId("form-field-ageBand"));
        assertThat(age.isRequiredIndicatorVisible()).isFalse();
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(age)).startsWith("Under 18", "18 to 24");
        type(age, "75-plus");
        assertThat(renderer.getValues()).containsEntry("ageBand", "75-plus");
    }

    @Test
    void every_input_can_be_found_by_key() {
        CamundaFormRenderer renderer = render(parse(Path.of("forms", "stalled-gate.form")));
        for (String key : renderer.schema().keys()) {
            Component field = renderer.field(key).orElseThrow();
            assertThat(field.getId()).contains("form-field-" + key);
            assertThat(field).isInstanceOf(HasValidation.class);
        }
        assertThat(renderer.field("nothing")).isEmpty();
    }
}
