package org.powerpartnership.accountability.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import org.powerpartnership.workflow.WorkItemGoneException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A Camunda Form with its submit button: checks on the screen first, then hands the values to an action (a work
 * item's completion, a change of vote). Problems the service finds go beside their fields; anything else goes
 * under the form; nothing typed is lost. The button is disabled while a submission runs, so a double click counts once.
 */
class TaskForm extends Div {

    /** What submitting does; throws the services' exceptions when refused. */
    @FunctionalInterface
    interface Action {
        void submit(Map<String, Object> values);
    }

    /** What happened: done, or the work item had gone (someone else, another tab). */
    enum Outcome { DONE, GONE }

    private final CamundaFormRenderer renderer;
    private final Paragraph error = new Paragraph();
    private final Button submit;

    TaskForm(FormSchema schema, FormValidator validator, String idPrefix, String submitLabel, Action action,
             Consumer<Outcome> after) {
        addClassName("pp-task-form");
        renderer = new CamundaFormRenderer(schema, validator);
        renderer.setId(idPrefix + "-form");
        // Several forms can share a page: each input's id carries the form's prefix (e.g. vote-field-reasons).
        schema.fields().forEach(field -> renderer.field(field.key())
                .ifPresent(input -> input.setId(idPrefix + "-field-" + field.key())));
        error.setId(idPrefix + "-error");
        error.addClassName("pp-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        submit = new Button(submitLabel);
        submit.setId(idPrefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit(action, after));
        add(renderer, error, submit);
    }

    CamundaFormRenderer renderer() {
        return renderer;
    }

    void setValues(Map<String, ?> values) {
        renderer.setValues(values);
    }

    private void submit(Action action, Consumer<Outcome> after) {
        error.setVisible(false);
        try {
            if (!renderer.validate().isEmpty()) {
                return;
            }
            action.submit(renderer.getValues());
            after.accept(Outcome.DONE);
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = renderer.showProblems(invalid.problems());
            if (!unplaced.isEmpty()) {
                showError(String.join(" ", unplaced.stream().map(p -> FieldProblems.message(this, p)).toList()));
            }
        } catch (WorkItemGoneException gone) {
            after.accept(Outcome.GONE);
        } catch (AccessDeniedException denied) {
            showError(getTranslation("panel.form.notAllowed"));
        } finally {
            submit.setEnabled(true);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
