package org.powerpartnership.accountability;

import java.time.Instant;

/**
 * One of the panel's reasons for returning a stage (a returning vote's reasons, or the sponsor's note), with the
 * team's answer to it once given.
 *
 * @param fromSponsor the sponsor returned the stage after the panel's deadline, and this is their note
 */
public record ReturnReason(long id, long gateId, String reason, boolean fromSponsor, String answer,
                           String answeredBy, Instant answeredAt) {

    public boolean isAnswered() {
        return answer != null && !answer.isBlank();
    }
}
