package org.powerpartnership.participation.ui;

import java.util.List;
import java.util.Map;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.participation.HearBackRequest;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.ui.SurveyIntroduction;

/**
 * A consultation's survey for a resident (other screens link here). Closed, unknown or already answered: a plain
 * page that says so. A second "Send" (double click, another tab) is refused by the service and says "already".
 */
@Route("my-tasks/survey/:consultationId")
@RolesAllowed(Roles.RESIDENT)
class SurveyTaskView extends ResidentTaskPage {

    private long consultationId;
    private final Checkbox hearBack = new Checkbox();

    private final transient Clock clock;

    SurveyTaskView(ResidentTasks tasks, CurrentUser currentUser, FormValidator validator, Clock clock) {
        super(tasks, currentUser, validator);
        this.clock = clock;
    }

    /** The question, the background, what can still change and the closing date, then a way to answer on paper. */
    @Override
    protected List<Component> beforeAnswers() {
        Anchor paper = new Anchor("have-your-say/" + task.consultation().ref() + "/paper",
                getTranslation("residentTasks.survey.paper"));
        paper.setId("survey-paper-link");
        return List.of(new SurveyIntroduction(task.consultation(), clock.getZone()), new Paragraph(paper));
    }

    /** One box: their account's address and their language are used, nothing else is asked. */
    @Override
    protected List<Component> beforeSend() {
        hearBack.setLabel(getTranslation("hearBack.tellMe"));
        hearBack.setHelperText(getTranslation("hearBack.tellMe.help"));
        hearBack.setId("survey-hear-back");
        hearBack.setValue(false);
        return List.of(hearBack);
    }

    @Override
    protected ResidentTasks.OpenTask open(SignedInUser user, BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        return tasks.openSurvey(user, consultationId);
    }

    @Override
    protected void send(SignedInUser user, Map<String, Object> values) {
        tasks.submitSurvey(user, consultationId, values,
                HearBackRequest.forAccount(hearBack.getValue(), getLocale().getLanguage()));
    }

    @Override
    protected boolean refused(RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            return unplaced(invalid.problems());
        }
        return false;
    }

    @Override
    protected boolean unplaced(List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            switch (problem.messageKey()) {
                case "participation.alreadyResponded" -> {
                    message("residentTasks.survey.answered");
                    return true;
                }
                case "participation.window.notOpen", "residentTasks.survey.closed" -> {
                    message("residentTasks.survey.closed");
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
