package org.powerpartnership.participation;

import org.powerpartnership.shared.DomainEvent;

/** The team answered a resident's request for support; the resident is told. */
public record AdjustmentAnswered(long adjustmentId, long consultationId, String requesterId, String outcome) implements DomainEvent {
}
