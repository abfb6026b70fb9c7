package org.powerpartnership.accountability;

import org.powerpartnership.shared.DomainEvent;

import java.time.Instant;

/** The panel signed off stage 7: the council's response is public, and participants who asked are told. */
public record CouncilResponsePublished(long consultationId, Instant publishedAt) implements DomainEvent {
}
