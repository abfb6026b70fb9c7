package org.powerpartnership.participation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * A resident's task form: the Camunda Form, "Send", and "Save and finish later". Problems go beside their fields
 * and nothing typed is lost; a draft is restored when the form opens again. Send is disabled while it runs, so a
 * double click sends once. Problems the form has no field for go to {@code unplaced} (the screen decides).
 */
class ResidentTaskForm extends Div {

    /** Sends the values; throws the services' exceptions when refused. */
    @FunctionalInterface
    interface Send {
        void send(Map<String, Object> values);
    }

    @FunctionalInterface
    interface Save {
        void save(Map<String, Object> values);
    }

    @FunctionalInterface
    interface Unplaced {
        /** Whether the screen dealt with these problems (otherwise they are shown under the form). */
        boolean handle(List<FieldProblem> problems);
    }

    private final CamundaFormRenderer renderer;
    private final Paragraph error = new Paragraph();
    private final Paragraph saved = new Paragraph();
    private final Button send;

    ResidentTaskForm(FormSchema schema, FormValidator validator, Map<String, Object> draft,
                     Map<String, Object> offered, Send sender, Save saver, Unplaced unplaced) {
        addClassName("pp-resident-form");
        renderer = new CamundaFormRenderer(schema, validator);
        renderer.setId("task-form");
        if (!draft.isEmpty()) {
            renderer.setValues(draft);
        } else if (!offered.isEmpty()) {
            renderer.setValues(offered);
        }
        error.setId("task-error");
        error.addClassName("pp-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        saved.setId("task-saved");
        saved.addClassName("pp-status");
        saved.getElement().setAttribute("role", "status");
        if (!draft.isEmpty()) {
            saved.setText(getTranslation("residentTasks.draftRestored"));
        } else if (!offered.isEmpty()) {
            saved.setText(getTranslation("residentTasks.fromProfile"));
        }
        send = new Button(getTranslation("residentTasks.send"));
        send.setId("task-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send(sender, unplaced));
        Button save = new Button(getTranslation("residentTasks.saveForLater"), click -> save(saver));
        save.setId("task-save");
        Div actions = new Div(send, save);
        actions.addClassName("pp-actions");
        add(renderer, error, actions, saved);
    }

    /**
     * Puts what the screen asks besides the form's own questions (hearing back) after the answers, before the
     * message about them and Send.
     */
    void addBeforeActions(List<com.vaadin.flow.component.Component> extras) {
        extras.forEach(extra -> addComponentAtIndex(indexOf(error), extra));
    }

    CamundaFormRenderer renderer() {
        return renderer;
    }

    private void send(Send sender, Unplaced unplaced) {
        error.setVisible(false);
        try {
            if (!renderer.validate().isEmpty()) {
                showError(getTranslation("residentTasks.checkAnswers"));
                return;
            }
            sender.send(renderer.getValues());
        } catch (InvalidInputException invalid) {
            List<FieldProblem> left = renderer.showProblems(invalid.problems());
            if (left.isEmpty()) {
                showError(getTranslation("residentTasks.checkAnswers"));
            } else if (!unplaced.handle(left)) {
                showError(String.join(" ", left.stream().map(p -> FieldProblems.message(this, p)).toList()));
            }
        } finally {
            send.setEnabled(true);
        }
    }

    /** A refused draft says why where "saved" would have been, and the answers stay on screen as typed. */
    private void save(Save saver) {
        error.setVisible(false);
        saved.setText("");
        try {
            saver.save(renderer.getValues());
            saved.setText(getTranslation("residentTasks.saved"));
        } catch (InvalidInputException refused) {
            showError(String.join(" ", refused.problems().stream()
                    .map(problem -> FieldProblems.message(this, problem)).toList()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
