package org.powerpartnership.network;

import org.powerpartnership.shared.DomainEvent;

/** Someone asked to join an organisation whose admins decide: they hear of it. */
public record OrganisationJoinRequested(long applicationId, long organisationId) implements DomainEvent {
}
