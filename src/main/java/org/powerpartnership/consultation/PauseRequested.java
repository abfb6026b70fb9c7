package org.powerpartnership.consultation;

import org.powerpartnership.shared.DomainEvent;

/** The lead officer asked the sponsor to pause or withdraw a consultation. */
public record PauseRequested(long requestId, long consultationId, PauseKind kind) implements DomainEvent {
}
