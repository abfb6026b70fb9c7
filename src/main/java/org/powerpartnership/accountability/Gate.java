package org.powerpartnership.accountability;

import java.time.Instant;

import org.powerpartnership.consultation.StageKey;

/**
 * One round of the panel's sign-off of one stage.
 *
 * @param quorum          votes that settle the gate
 * @param panelSize       members who may vote on this round
 * @param outcome         APPROVED or RETURNED once closed
 * @param sponsorDecision extend or return, when the deadline passed and the sponsor decided
 * @param teamAnswer      how the team answered a return, for the next round's evidence
 */
public record Gate(long id, long consultationId, StageKey stage, int round, int quorum, int panelSize,
                   Instant openedAt, Instant deadlineAt, Instant closedAt, String outcome, Instant escalatedAt,
                   String sponsorDecision, String sponsorNote, String teamAnswer, String answeredBy,
                   Instant answeredAt, String processInstanceId) {

    public static final String APPROVED = "APPROVED";
    public static final String RETURNED = "RETURNED";

    public boolean isOpen() {
        return closedAt == null;
    }
}
