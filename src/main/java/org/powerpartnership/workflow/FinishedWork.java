package org.powerpartnership.workflow;

import java.time.Instant;

/**
 * A user task someone finished, from the engine's history: so people can see what they have already done.
 *
 * @param taskId         the engine's task id
 * @param name           what the task is called in the process
 * @param formRef        the Camunda Form the task was done with
 * @param consultationId the consultation it belonged to, if any
 * @param finishedAt     when it was completed
 */
public record FinishedWork(String taskId, String name, String formRef, Long consultationId, Instant finishedAt) {
}
