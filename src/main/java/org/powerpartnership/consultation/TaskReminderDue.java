package org.powerpartnership.consultation;

import java.time.Instant;

import org.powerpartnership.shared.DomainEvent;

/**
 * A piece of work is close to its due date ({@code overdue} false) or past it ({@code overdue} true) and nobody has
 * done it yet. Whoever it is given to, or else its candidate group, is reminded.
 */
public record TaskReminderDue(String taskId, Long consultationId, String taskName, String candidateGroup,
                              String assignee, Instant dueAt, boolean overdue) implements DomainEvent {
}
