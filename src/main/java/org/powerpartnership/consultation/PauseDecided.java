package org.powerpartnership.consultation;

import org.powerpartnership.shared.DomainEvent;

/** The sponsor approved or refused a request to pause or withdraw a consultation. */
public record PauseDecided(long requestId, long consultationId, PauseKind kind, boolean approved)
        implements DomainEvent {
}
