package org.powerpartnership.consultation;

import java.time.Instant;

/**
 * Where one stage of one consultation stands.
 *
 * @param status IN_PROGRESS, AWAITING_SIGN_OFF, RETURNED or SIGNED_OFF
 * @param rounds how many times the panel has been asked to sign it off
 * @param summary the team's summary for the panel
 */
public record StageRecord(long consultationId, StageKey stage, String status, Instant openedAt, Instant submittedAt,
                          Instant signedOffAt, int rounds, String summary) {

    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String AWAITING_SIGN_OFF = "AWAITING_SIGN_OFF";
    public static final String RETURNED = "RETURNED";
    public static final String SIGNED_OFF = "SIGNED_OFF";
}
