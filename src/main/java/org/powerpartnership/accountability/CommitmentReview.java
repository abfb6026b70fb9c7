package org.powerpartnership.accountability;

import java.time.Instant;

/**
 * One look at a commitment: a scheduled panel review, a progress report from the team, or the panel's check of a
 * reported delivery.
 *
 * @param kind      SCHEDULED, PROGRESS or DELIVERY_CHECK
 * @param judgement on_track, at_risk, off_track (reviews); reported, delivered (progress); yes, no (checks)
 */
public record CommitmentReview(long id, long commitmentId, String kind, String judgement, String reasons,
                               String reviewedBy, Instant reviewedAt) {
}
