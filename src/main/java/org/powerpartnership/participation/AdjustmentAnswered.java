package org.powerpartnership.participation;

/** The team answered a resident's request for support; the resident is told. */
public record AdjustmentAnswered(long adjustmentId, long consultationId, String requesterId, String outcome) {
}
