package org.powerpartnership.accountability;

import org.powerpartnership.shared.DomainEvent;

/** A panel member has not voted and the gate's deadline is near. */
public record VoteReminderDue(long gateId, long consultationId, String voterId) implements DomainEvent {
}
