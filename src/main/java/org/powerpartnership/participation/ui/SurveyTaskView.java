package org.powerpartnership.participation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;

/**
 * A consultation's survey for a resident (other screens link here). Closed, unknown or already answered: a plain
 * page that says so. A second "Send" (double click, another tab) is refused by the service and says "already".
 */
@Route("my-tasks/survey/:consultationId")
@RolesAllowed(Roles.RESIDENT)
class SurveyTaskView extends ResidentTaskPage {

    private long consultationId;

    SurveyTaskView(ResidentTasks tasks, CurrentUser currentUser, FormValidator validator) {
        super(tasks, currentUser, validator);
    }

    @Override
    protected ResidentTasks.OpenTask open(SignedInUser user, BeforeEnterEvent event) {
        consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        return tasks.openSurvey(user, consultationId);
    }

    @Override
    protected void send(SignedInUser user, Map<String, Object> values) {
        tasks.submitSurvey(user, consultationId, values);
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
