package org.powerpartnership.accountability;

import org.powerpartnership.shared.DomainEvent;

/** The sponsor appointed a substitute to a consultation's panel: the substitute is told. */
public record SubstituteAppointed(long consultationId, String userId) implements DomainEvent {
}
