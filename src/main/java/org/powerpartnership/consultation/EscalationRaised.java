package org.powerpartnership.consultation;

/** An escalation reached the sponsor (past tense: it has happened). */
public record EscalationRaised(long escalationId, long consultationId, String kind, String subject) {
}
