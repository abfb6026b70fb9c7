package org.powerpartnership.network;

import java.time.Instant;

/** An invitation still open: to whom, when it was sent and until when the link works. */
public record OrganisationInvitation(long id, long organisationId, String email, Instant invitedAt,
                                     Instant expiresAt) {
}
