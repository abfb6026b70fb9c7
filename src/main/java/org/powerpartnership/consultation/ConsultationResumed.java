package org.powerpartnership.consultation;

import org.powerpartnership.shared.DomainEvent;

/** A paused consultation runs again; its due dates moved by the time it was paused. */
public record ConsultationResumed(long requestId, long consultationId) implements DomainEvent {
}
