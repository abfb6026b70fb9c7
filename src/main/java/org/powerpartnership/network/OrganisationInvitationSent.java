package org.powerpartnership.network;

import org.powerpartnership.shared.DomainEvent;

/**
 * An organisation admin invited a colleague. The token travels only in this event (to the mail): the directory
 * keeps its hash.
 */
public record OrganisationInvitationSent(long invitationId, long organisationId, String email, String token,
                                         String invitedBy) implements DomainEvent {
}
