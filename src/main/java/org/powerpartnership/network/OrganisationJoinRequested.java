package org.powerpartnership.network;

/** Someone asked to join an organisation whose admins decide: they hear of it. */
public record OrganisationJoinRequested(long applicationId, long organisationId) {
}
