package org.powerpartnership.survey.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.survey.SurveyDesign;
import org.powerpartnership.survey.SurveyQuestion;

/**
 * One place in the survey's list: the question's words, kind, key, whether it must be answered and when it is
 * shown, with edit, move up, move down and remove. A component made in Camunda Modeler that the builder cannot edit
 * says so, and can still be moved or removed.
 */
class QuestionRow extends Div {

    QuestionRow(int index, int count, SurveyDesign.Item item, SurveyDesign design, IntConsumer onEdit,
                BiConsumer<Integer, Boolean> onMove, IntConsumer onRemove) {
        String id = "survey-item-" + index;
        setId(id);
        addClassName("pp-survey-item");
        String name;
        if (item instanceof SurveyQuestion question) {
            name = question.label();
            Paragraph words = new Paragraph(new Span((index + 1) + ". "), strong(question.label()));
            words.setId(id + "-label");
            add(words);
            StringBuilder facts = new StringBuilder(getTranslation("surveyBuilder.kind." + question.kind().name()));
            if (question.kind().isAnswered()) {
                facts.append(" · ").append(getTranslation("surveyBuilder.row.key", question.key()));
                if (question.required()) {
                    facts.append(" · ").append(getTranslation("surveyBuilder.row.required"));
                }
            }
            Paragraph about = new Paragraph(facts.toString());
            about.addClassName("pp-survey-item-facts");
            add(about);
            if (question.hasShowIf()) {
                add(new Paragraph(showIf(question, design)));
            }
        } else {
            SurveyDesign.Kept kept = (SurveyDesign.Kept) item;
            name = kept.label();
            Paragraph words = new Paragraph(new Span((index + 1) + ". "), strong(kept.label()));
            words.setId(id + "-label");
            Paragraph modeler = new Paragraph(getTranslation("surveyBuilder.row.modeler", kept.type()));
            modeler.setId(id + "-modeler");
            modeler.addClassName("pp-survey-item-facts");
            add(words, modeler);
            addClassName("pp-survey-item-kept");
        }
        Div actions = new Div();
        actions.addClassName("pp-actions");
        if (item instanceof SurveyQuestion) {
            actions.add(button(id + "-edit", "surveyBuilder.row.edit", name, () -> onEdit.accept(index), true));
        }
        actions.add(button(id + "-up", "surveyBuilder.row.up", name, () -> onMove.accept(index, true), index > 0),
                button(id + "-down", "surveyBuilder.row.down", name, () -> onMove.accept(index, false),
                        index < count - 1),
                button(id + "-remove", "surveyBuilder.row.remove", name, () -> onRemove.accept(index), true));
        add(actions);
    }

    /** Marks the row with a problem the survey service found in it when saving. */
    void problem(String message) {
        addClassName("pp-survey-item-problem");
        Paragraph text = new Paragraph(message);
        text.addClassName("pp-survey-item-message");
        addComponentAtIndex(1, text);
    }

    private String showIf(SurveyQuestion question, SurveyDesign design) {
        return design.questions().stream().filter(q -> question.showIfKey().equals(q.key())).findFirst()
                .map(q -> getTranslation("surveyBuilder.row.showIf", q.label(), q.answers().stream()
                        .filter(o -> o.value().equals(question.showIfValue())).map(SurveyQuestion.Option::label)
                        .findFirst().orElse(question.showIfValue())))
                .orElseGet(() -> getTranslation("surveyBuilder.row.showIf.missing", question.showIfKey()));
    }

    private Button button(String id, String key, String name, Runnable action, boolean enabled) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key + ".aria", name));
        button.setEnabled(enabled);
        return button;
    }

    private static Span strong(String text) {
        Span span = new Span(text);
        span.addClassName("pp-survey-item-label");
        return span;
    }

    /** Whether a survey problem is about this question (its key used twice, its show-if, its label). */
    static boolean names(FieldProblem problem, SurveyQuestion question) {
        List<Object> args = problem.args();
        Object first = args.isEmpty() ? null : args.get(0);
        return switch (problem.messageKey()) {
            case "survey.key.duplicate", "survey.question.noLabel" -> question.key() != null
                    && question.key().equals(first);
            case "survey.showIf.unknown", "survey.showIf.self", "survey.showIf.unsupported" -> question.hasShowIf()
                    && (question.label().equals(first) || Objects.equals(question.id(), first));
            default -> false;
        };
    }
}
