package org.powerpartnership.network;

/** A registration or a request to join was approved or declined; the applicant hears of it. */
public record OrganisationApplicationDecided(long applicationId, String applicant, long organisationId, String kind,
                                             boolean approved) {
}
