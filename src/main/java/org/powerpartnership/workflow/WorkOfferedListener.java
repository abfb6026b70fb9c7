package org.powerpartnership.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.powerpartnership.shared.DomainEvents;

/**
 * Publishes {@link WorkOffered} when a user task is created, and again when it is given to someone, inside the
 * engine's transaction: a task that rolls back tells nobody. Who is told, and how, is the notification feature's
 * business; a person told once about a task (as one of its group, then as the one who claimed it) is not told again.
 */
class WorkOfferedListener implements TaskListener {

    /**
     * A task created with an assignee fires its assignment right after its creation, in the same command on the same
     * thread: the creation already announced it, so that assignment is skipped (two announcements of one task would
     * race each other to the same notice).
     */
    private static final ThreadLocal<String> CREATED_WITH_ASSIGNEE = new ThreadLocal<>();

    private final DomainEvents events;
    private final String processKey;

    WorkOfferedListener(DomainEvents events, String processKey) {
        this.events = events;
        this.processKey = processKey;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            boolean announcedAtCreation = task.getId().equals(CREATED_WITH_ASSIGNEE.get());
            CREATED_WITH_ASSIGNEE.remove();
            // giving work back (no assignee) offers it to nobody new
            if (announcedAtCreation || task.getAssignee() == null) {
                return;
            }
        } else if (task.getAssignee() != null) {
            CREATED_WITH_ASSIGNEE.set(task.getId());
        }
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            } else if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
        }
        Object consultation = task.getVariable(ProcessVariables.CONSULTATION_ID);
        events.publish(new WorkOffered(task.getId(),
                consultation instanceof Number number ? number.longValue() : null, processKey,
                task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), users, groups,
                task.getDueDate() == null ? null : task.getDueDate().toInstant()));
    }
}
