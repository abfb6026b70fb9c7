package org.powerpartnership.consultation;

import java.time.Instant;

/**
 * Something the sponsor must answer for: a stalled sign-off, an overdue or off-track commitment, overdue work.
 *
 * @param kind GATE_DEADLINE, COMMITMENT_OVERDUE, COMMITMENT_OFF_TRACK or TASK_OVERDUE
 * @param response the sponsor's answer, published on the accountability record
 */
public record Escalation(long id, long consultationId, String kind, String subject, String subjectId,
                         Instant raisedAt, Instant resolvedAt, String resolvedBy, String response) {

    public static final String GATE_DEADLINE = "GATE_DEADLINE";
    public static final String COMMITMENT_OVERDUE = "COMMITMENT_OVERDUE";
    public static final String COMMITMENT_OFF_TRACK = "COMMITMENT_OFF_TRACK";
    public static final String TASK_OVERDUE = "TASK_OVERDUE";

    public boolean isOpen() {
        return resolvedAt == null;
    }
}
