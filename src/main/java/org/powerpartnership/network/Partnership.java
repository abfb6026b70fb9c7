package org.powerpartnership.network;

import java.time.Instant;

/**
 * An organisation's part in one consultation.
 *
 * @param role co_host, promote or assist, once accepted
 */
public record Partnership(long consultationId, Organisation organisation, Instant invitedAt, String role,
                          Integer reachEstimate, String reachDescription, Instant acceptedAt, String acceptedBy) {

    public boolean isAccepted() {
        return acceptedAt != null;
    }
}
