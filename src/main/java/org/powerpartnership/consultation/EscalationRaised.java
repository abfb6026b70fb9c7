package org.powerpartnership.consultation;

import org.powerpartnership.shared.DomainEvent;

/** An escalation reached the sponsor (past tense: it has happened). */
public record EscalationRaised(long escalationId, long consultationId, String kind, String subject) implements DomainEvent {
}
