package org.powerpartnership.accountability;

import org.powerpartnership.shared.DomainEvent;

import java.util.List;

/** A stage went to its panel: these members are asked to vote by the deadline. */
public record GateOpened(long gateId, long consultationId, String stage, List<String> voterIds) implements DomainEvent {
}
