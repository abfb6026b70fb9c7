package org.powerpartnership.participation.ui;

import java.util.Map;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A resident's engine task (co-design, a juror's reflection or vote). Its own screen rather than the officers'
 * work item screen: residents get plain words, "Save and finish later", the evidence before a reflection, and no
 * claiming. Someone else's task id, or one already done, gets a plain page.
 */
@Route("my-tasks/task/:taskId")
@RolesAllowed(Roles.RESIDENT)
class ResidentTaskView extends ResidentTaskPage {

    private String taskId;

    ResidentTaskView(ResidentTasks tasks, CurrentUser currentUser, FormValidator validator) {
        super(tasks, currentUser, validator);
    }

    @Override
    protected ResidentTasks.OpenTask open(SignedInUser user, BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        return tasks.openTask(user, taskId);
    }

    @Override
    protected void send(SignedInUser user, Map<String, Object> values) {
        tasks.completeTask(user, taskId, values);
    }

    @Override
    protected boolean refused(RuntimeException refusal) {
        if (refusal instanceof WorkItemGoneException) {
            message("residentTasks.gone");
            return true;
        }
        if (refusal instanceof AccessDeniedException) {
            message("residentTasks.notYours");
            return true;
        }
        return false;
    }
}
