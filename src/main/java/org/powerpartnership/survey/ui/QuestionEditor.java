package org.powerpartnership.survey.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.survey.SurveyDesign;
import org.powerpartnership.survey.SurveyQuestion;
import org.powerpartnership.survey.SurveyQuestion.Kind;
import org.powerpartnership.survey.SurveyQuestion.Option;

/**
 * Edits one question: what kind it is, its words, its answer key (made from the words until the officer changes
 * it), help text, whether it must be answered, its options, and when it is shown. "Add" or "Update" hands a
 * well-formed question to the builder; problems stay beside their fields with everything typed kept.
 */
class QuestionEditor extends Section {

    final H2 heading = new H2();
    final Select<Kind> kind = new Select<>();
    final TextField label = new TextField();
    final TextArea text = new TextArea();
    final TextField key = new TextField();
    final TextField help = new TextField();
    final Checkbox required = new Checkbox();
    final TextArea options = new TextArea();
    final IntegerField scale = new IntegerField();
    final TextField scaleLow = new TextField();
    final TextField scaleHigh = new TextField();
    final BigDecimalField min = new BigDecimalField();
    final BigDecimalField max = new BigDecimalField();
    final Select<SurveyQuestion> showIf = new Select<>();
    final Select<Option> showIfValue = new Select<>();
    final Button apply = new Button();
    final Button cancel = new Button();

    private final transient BiConsumer<Integer, SurveyQuestion> onApply;
    private final Div rating = new Div();
    private final Div range = new Div();
    private int index = -1;
    private transient SurveyQuestion editing;
    private transient SurveyDesign design;
    private boolean keyTyped;
    private boolean filling;

    QuestionEditor(BiConsumer<Integer, SurveyQuestion> onApply, Runnable onCancel) {
        this.onApply = onApply;
        setId("question-editor");
        addClassName("pp-question-editor");
        heading.setId("question-editor-heading");
        getElement().setAttribute("aria-labelledby", "question-editor-heading");
        kind.setId("question-kind");
        kind.setLabel(getTranslation("surveyBuilder.field.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("surveyBuilder.kind." + k.name()));
        kind.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        label.setId("question-label");
        label.setLabel(getTranslation("surveyBuilder.field.label"));
        label.setWidthFull();
        label.addValueChangeListener(change -> suggestKey());
        text.setId("question-text");
        text.setLabel(getTranslation("surveyBuilder.field.text"));
        text.setWidthFull();
        key.setId("question-key");
        key.setLabel(getTranslation("surveyBuilder.field.key"));
        key.setHelperText(getTranslation("surveyBuilder.field.key.help"));
        key.addValueChangeListener(change -> keyTyped = keyTyped || change.isFromClient() || !filling);
        help.setId("question-help");
        help.setLabel(getTranslation("surveyBuilder.field.help"));
        help.setWidthFull();
        required.setId("question-required");
        required.setLabel(getTranslation("surveyBuilder.field.required"));
        options.setId("question-options");
        options.setLabel(getTranslation("surveyBuilder.field.options"));
        options.setHelperText(getTranslation("surveyBuilder.field.options.help"));
        options.setWidthFull();
        scale.setId("question-scale");
        scale.setLabel(getTranslation("surveyBuilder.field.scale"));
        scale.setMin(SurveyQuestion.SCALE_MIN);
        scale.setMax(SurveyQuestion.SCALE_MAX);
        scale.setStepButtonsVisible(true);
        scaleLow.setId("question-scale-low");
        scaleLow.setLabel(getTranslation("surveyBuilder.field.scaleLow"));
        scaleHigh.setId("question-scale-high");
        scaleHigh.setLabel(getTranslation("surveyBuilder.field.scaleHigh"));
        rating.add(scale, scaleLow, scaleHigh);
        rating.addClassName("pp-field-row");
        min.setId("question-min");
        min.setLabel(getTranslation("surveyBuilder.field.min"));
        max.setId("question-max");
        max.setLabel(getTranslation("surveyBuilder.field.max"));
        range.add(min, max);
        range.addClassName("pp-field-row");
        showIf.setId("question-show-if");
        showIf.setLabel(getTranslation("surveyBuilder.field.showIf"));
        showIf.setEmptySelectionAllowed(true);
        showIf.setEmptySelectionCaption(getTranslation("surveyBuilder.field.showIf.always"));
        showIf.setItemLabelGenerator(q -> q == null ? getTranslation("surveyBuilder.field.showIf.always") : q.label());
        showIf.addValueChangeListener(change -> {
            showIfValue.setItems(change.getValue() == null ? List.of() : change.getValue().answers());
            showIfValue.setVisible(change.getValue() != null);
        });
        showIfValue.setId("question-show-if-value");
        showIfValue.setLabel(getTranslation("surveyBuilder.field.showIfValue"));
        showIfValue.setItemLabelGenerator(Option::label);
        apply.setId("question-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> apply());
        cancel.setId("question-cancel");
        cancel.setText(getTranslation("surveyBuilder.editor.cancel"));
        cancel.addClickListener(click -> onCancel.run());
        Div actions = new Div(apply, cancel);
        actions.addClassName("pp-actions");
        add(heading, kind, label, text, key, help, required, options, rating, range, showIf, showIfValue, actions);
        setVisible(false);
    }

    /** Opens a question for editing ({@code index} -1 for a new one) among the survey's other questions. */
    void edit(int index, SurveyQuestion question, SurveyDesign design) {
        this.index = index;
        this.editing = question;
        this.design = design;
        filling = true;
        heading.setText(getTranslation(index < 0 ? "surveyBuilder.editor.new" : "surveyBuilder.editor.edit"));
        apply.setText(getTranslation(index < 0 ? "surveyBuilder.editor.add" : "surveyBuilder.editor.update"));
        FieldProblems.show(this, List.of(), fields());
        kind.setValue(question.kind());
        boolean guidance = question.kind() == Kind.GUIDANCE;
        label.setValue(guidance ? "" : Objects.toString(question.label(), ""));
        text.setValue(guidance ? Objects.toString(question.label(), "") : "");
        key.setValue(Objects.toString(question.key(), ""));
        keyTyped = question.key() != null;
        help.setValue(Objects.toString(question.description(), ""));
        required.setValue(question.required());
        options.setValue(SurveyQuestion.optionLines(question.options()));
        scale.setValue(question.scale() == 0 ? 5 : question.scale());
        scaleLow.setValue(Objects.toString(question.scaleLow(), getTranslation("surveyBuilder.scale.low")));
        scaleHigh.setValue(Objects.toString(question.scaleHigh(), getTranslation("surveyBuilder.scale.high")));
        min.setValue(question.min());
        max.setValue(question.max());
        List<SurveyQuestion> conditions = new ArrayList<>(design.questions().stream()
                .filter(q -> q.kind().canBeShownIfOn() && !Objects.equals(q.key(), question.key())).toList());
        showIf.setItems(conditions);
        SurveyQuestion condition = conditions.stream().filter(q -> Objects.equals(q.key(), question.showIfKey()))
                .findFirst().orElse(null);
        showIf.setValue(condition);
        showIfValue.setValue(condition == null ? null : condition.answers().stream()
                .filter(o -> o.value().equals(question.showIfValue())).findFirst().orElse(null));
        filling = false;
        showFieldsFor(question.kind());
        setVisible(true);
        (guidance ? text : label).focus();
    }

    /** The question as typed, whether or not it is complete. */
    SurveyQuestion typed() {
        Kind chosen = kind.getValue() == null ? Kind.SHORT_TEXT : kind.getValue();
        boolean guidance = chosen == Kind.GUIDANCE;
        List<Option> before = editing == null ? List.of() : editing.options();
        SurveyQuestion condition = showIf.getValue();
        return new SurveyQuestion(chosen, editing == null ? null : editing.id(),
                guidance ? null : key.getValue().strip(), guidance ? text.getValue() : label.getValue().strip(),
                guidance ? null : blankToNull(help.getValue()), !guidance && required.getValue(),
                chosen.hasOptions() ? SurveyQuestion.optionsFromLines(options.getValue(), before) : List.of(),
                chosen == Kind.RATING ? (scale.getValue() == null ? 0 : scale.getValue()) : 0,
                chosen == Kind.RATING ? blankToNull(scaleLow.getValue()) : null,
                chosen == Kind.RATING ? blankToNull(scaleHigh.getValue()) : null,
                chosen == Kind.NUMBER ? min.getValue() : null, chosen == Kind.NUMBER ? max.getValue() : null,
                condition == null ? null : condition.key(),
                condition == null || showIfValue.getValue() == null ? null : showIfValue.getValue().value(),
                editing == null ? null : editing.source());
    }

    private void apply() {
        SurveyQuestion question = typed();
        List<FieldProblem> problems = question.problems();
        if (question.kind() == Kind.GUIDANCE) {
            problems = problems.stream().map(p -> p.field().equals("label")
                    ? FieldProblem.of("text", p.messageKey(), p.args().toArray()) : p).toList();
        }
        FieldProblems.show(this, problems, fields());
        if (problems.isEmpty()) {
            onApply.accept(index, question);
        } else {
            fields().entrySet().stream().filter(e -> e.getValue().isInvalid()).findFirst()
                    .ifPresent(e -> ((com.vaadin.flow.component.Focusable<?>) e.getValue()).focus());
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("label", label);
        fields.put("text", text);
        fields.put("key", key);
        fields.put("options", options);
        fields.put("scale", scale);
        fields.put("max", max);
        fields.put("showIfValue", showIfValue);
        return fields;
    }

    private void suggestKey() {
        if (!filling && !keyTyped && design != null && kind.getValue() != Kind.GUIDANCE) {
            List<String> taken = new ArrayList<>(design.keys());
            filling = true;
            key.setValue(SurveyDesign.keyFor(label.getValue(), taken));
            filling = false;
        }
    }

    private void showFieldsFor(Kind chosen) {
        Kind k = chosen == null ? Kind.SHORT_TEXT : chosen;
        boolean guidance = k == Kind.GUIDANCE;
        label.setVisible(!guidance);
        text.setVisible(guidance);
        key.setVisible(!guidance);
        help.setVisible(!guidance);
        required.setVisible(!guidance);
        options.setVisible(k.hasOptions());
        rating.setVisible(k == Kind.RATING);
        range.setVisible(k == Kind.NUMBER);
        showIfValue.setVisible(showIf.getValue() != null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
