package org.powerpartnership.consultation;

import java.time.Instant;

/**
 * One request to pause or withdraw a consultation and what became of it. A pause runs from its approval
 * ({@code decidedAt}) to {@code resumedAt}.
 *
 * @param decision null while the sponsor has not decided, else {@link #APPROVED} or {@link #REFUSED}
 */
public record PauseRequest(long id, long consultationId, PauseKind kind, String reason, String requestedBy,
                           Instant requestedAt, String decision, String decidedBy, Instant decidedAt,
                           String decisionNote, String resumedBy, Instant resumedAt) {

    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";

    public boolean isOpen() {
        return decision == null;
    }

    public boolean isApproved() {
        return APPROVED.equals(decision);
    }
}
