package org.powerpartnership.network;

import org.powerpartnership.shared.DomainEvent;

/** A registration or a request to join was approved or declined; the applicant hears of it. */
public record OrganisationApplicationDecided(long applicationId, String applicant, long organisationId, String kind,
                                             boolean approved) implements DomainEvent {
}
