package org.powerpartnership.audit;

import java.time.Instant;

/**
 * One state change: who did what, when, to which consultation.
 *
 * @param actor   a user id, or {@code system} for the engine's own timers and services
 * @param action  what happened, e.g. {@code task.completed}, {@code vote.cast}, {@code gate.closed}
 * @param subject the record it happened to, e.g. {@code gate:12}
 * @param details JSON with the specifics (submitted values, reasons)
 */
public record AuditEntry(long id, Instant occurredAt, String actor, Long consultationId, String action, String subject,
                         String details) {
}
