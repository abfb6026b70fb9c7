package org.powerpartnership.consultation;

import java.time.Instant;

/**
 * The participation window moved later: from when to when, why (shown to the public as written), who moved it (an
 * officer's user id, never shown to the public) and when.
 */
public record WindowExtension(long consultationId, Instant oldClosesAt, Instant newClosesAt, String reason,
                              String extendedBy, Instant extendedAt) {
}
