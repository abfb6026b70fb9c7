package org.powerpartnership.accountability;

import java.time.Instant;

/**
 * One change of a consultation's panel after launch, as the public record shows it.
 *
 * @param kind      {@link #CONFIRMED}, {@link #APPOINTED} or {@link #STEPPED_DOWN}
 * @param userId    the member concerned (null for a confirmation, which is of the whole panel)
 * @param reason    the sponsor's reason for an appointment, the member's for stepping down
 * @param changedBy who made the change: the sponsor (or an admin), or the member stepping down
 */
public record PanelChange(long id, long consultationId, String kind, String userId, String reason, String changedBy,
                          Instant changedAt) {

    public static final String CONFIRMED = "CONFIRMED";
    public static final String APPOINTED = "APPOINTED";
    public static final String STEPPED_DOWN = "STEPPED_DOWN";
}
