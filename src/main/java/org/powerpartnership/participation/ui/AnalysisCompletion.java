package org.powerpartnership.participation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.participation.CodedTheme;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkService;

/**
 * Finishing the analysis from the screen where it was done: the analysis-summary form, drafted from the themes (the
 * team edits it), completes the consultation's "Analyse the responses" work item and sends the stage to the panel.
 */
class AnalysisCompletion extends Composite<Section> {

    final CamundaFormRenderer form;
    final Button complete;
    private final Paragraph problem = new Paragraph();

    AnalysisCompletion(FormSchema schema, WorkItem item, List<CodedTheme> themes, int responses, WorkService work,
                       SignedInUser user) {
        Section section = getContent();
        section.setId("analysis-completion");
        H2 heading = new H2(getTranslation("analysis.complete.heading"));
        heading.setId("analysis-completion-heading");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading, new Paragraph(getTranslation("analysis.complete.intro")));
        problem.setId("analysis-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        form = new CamundaFormRenderer(schema);
        form.setId("analysis-form");
        form.setValues(Map.of("analysisSummary", draft(themes, responses),
                "methodNote", getTranslation("analysis.draft.method"),
                "stageSummary", getTranslation("analysis.draft.stage", responses, themes.size())));
        complete = new Button(getTranslation("analysis.complete.submit"), click -> complete(work, user, item));
        complete.setId("analysis-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        section.add(problem, form, complete);
    }

    /** What people said, theme by theme, with the council's answer: a start the team edits, not the last word. */
    private String draft(List<CodedTheme> themes, int responses) {
        StringBuilder text = new StringBuilder(getTranslation("analysis.draft.intro", responses, themes.size()));
        if (themes.isEmpty()) {
            text.append("\n\n").append(getTranslation("analysis.draft.noThemes"));
        }
        for (CodedTheme coded : themes) {
            text.append("\n\n").append(getTranslation("analysis.draft.theme", coded.theme().title(),
                    coded.responses(), coded.theme().isConsidered() ? coded.theme().consideration()
                            : getTranslation("analysis.draft.unconsidered")));
        }
        return text.toString();
    }

    private void complete(WorkService work, SignedInUser user, WorkItem item) {
        problem.setVisible(false);
        try {
            work.complete(user, item.taskId(), form.getValues());
            done("analysis.complete.done");
        } catch (InvalidInputException invalid) {
            form.showProblems(invalid.problems());
            // the analysis' own refusals (a theme without consideration) matter beyond one field: say them up top
            problem.setText(String.join(" ", invalid.problems().stream()
                    .map((FieldProblem p) -> FieldProblems.message(this, p)).toList()));
            problem.setVisible(true);
            complete.setEnabled(true);
        } catch (WorkItemGoneException gone) {
            done("analysis.complete.gone");
        }
    }

    private void done(String key) {
        Section section = getContent();
        section.removeAll();
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("analysis-done");
        text.getElement().setAttribute("role", "status");
        section.add(new H2(getTranslation("analysis.complete.heading")), text);
    }
}
