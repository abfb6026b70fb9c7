package org.powerpartnership.accountability;

import org.powerpartnership.shared.DomainEvent;

/** The panel's sign-off of a stage is settled: approved, or returned to the team. */
public record GateClosed(long gateId, long consultationId, String stage, String outcome) implements DomainEvent {
}
