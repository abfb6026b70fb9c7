package org.powerpartnership.consultation;

/** A piece of work is close to its due date and nobody has done it yet. */
public record TaskReminderDue(String taskId, Long consultationId, String taskName, String candidateGroup,
                              String assignee) {
}
