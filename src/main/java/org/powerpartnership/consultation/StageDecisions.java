package org.powerpartnership.consultation;

import java.time.Instant;
import java.util.List;

/**
 * What the panel decided at each stage's sign-off: every round, its votes and their reasons. The consultation's
 * overview and its exported record read it; the feature that runs the sign-offs (accountability) provides it, so
 * that this module does not depend on that one.
 */
public interface StageDecisions {

    /** Every sign-off round of the consultation, oldest first. */
    List<Decision> of(long consultationId);

    /**
     * One round of one stage's sign-off.
     *
     * @param outcome         APPROVED or RETURNED once closed, null while the panel is voting
     * @param teamAnswer      how the team answered the previous return, if this round follows one
     * @param sponsorDecision what the sponsor decided when the deadline passed, if it did
     */
    record Decision(StageKey stage, int round, Instant openedAt, Instant deadlineAt, Instant closedAt,
                    String outcome, int quorum, int panelSize, String teamAnswer, String sponsorDecision,
                    String sponsorNote, List<PanelVote> votes) {

        public Decision {
            votes = List.copyOf(votes);
        }

        public boolean isOpen() {
            return closedAt == null;
        }
    }

    /** One panel member's vote: approve or return, with reasons. */
    record PanelVote(String voterId, String decision, String reasons, Instant castAt, Instant changedAt) {
    }

    /** When no feature provides sign-off decisions. */
    StageDecisions NONE = consultationId -> List.of();
}
