package org.powerpartnership.workflow;

import java.time.Instant;
import java.util.List;

import org.powerpartnership.shared.DomainEvent;

/**
 * A user task appeared in the engine, or was given to someone: the people it is offered to should hear of it.
 *
 * @param taskId          the engine's task id (the work item's id)
 * @param consultationId  the consultation it belongs to, or null (work about an organisation's application)
 * @param processKey      the process it belongs to
 * @param taskKey         the task's id in the BPMN
 * @param taskName        what the task is called
 * @param assignee        the person it is given to, if any
 * @param candidateUsers  people it is offered to by name
 * @param candidateGroups groups it is offered to ({@code officer:PARKS-2026}, {@code organisation:12})
 * @param dueAt           when it should be done, if set
 */
public record WorkOffered(String taskId, Long consultationId, String processKey, String taskKey, String taskName,
                          String assignee, List<String> candidateUsers, List<String> candidateGroups, Instant dueAt)
        implements DomainEvent {

    public WorkOffered {
        candidateUsers = candidateUsers == null ? List.of() : List.copyOf(candidateUsers);
        candidateGroups = candidateGroups == null ? List.of() : List.copyOf(candidateGroups);
    }
}
