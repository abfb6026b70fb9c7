package org.powerpartnership.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * A piece of work waiting for someone: an open user task, in our own words.
 *
 * @param taskId         the engine's task id, used to open and complete it
 * @param name           what the task is called in the process
 * @param processKey     the process it belongs to
 * @param taskKey        the task's id in the BPMN (e.g. {@code Task_WriteBrief})
 * @param formRef        the Camunda Form in {@code forms/} that holds its fields
 * @param businessKey    the consultation (or other record) it is about
 * @param stage          the engagement stage it belongs to, if any
 * @param candidateGroup the group whose members may take it
 * @param assignee       who has claimed it, if anyone
 * @param createdAt      when it appeared
 * @param dueAt          when it should be done, if set
 * @param consultationId the consultation it belongs to, if any
 */
public record WorkItem(String taskId, String name, String processKey, String taskKey, String formRef,
                       String businessKey, String stage, String candidateGroup, String assignee,
                       Instant createdAt, Instant dueAt, Long consultationId) {

    public Optional<String> assigneeIfAny() {
        return Optional.ofNullable(assignee);
    }

    public boolean isOverdue(Instant now) {
        return dueAt != null && dueAt.isBefore(now);
    }
}
