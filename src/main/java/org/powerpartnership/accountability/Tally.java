package org.powerpartnership.accountability;

import org.powerpartnership.consultation.ConsultationService;

/**
 * The count of a gate's votes and what it means. A stage is signed off when {@link #required()} members approve: a
 * majority of those eligible, or the higher threshold set at launch ({@code quorum}). A gate opened before that rule
 * with a lower quorum still needs a majority.
 *
 * @param eligible members who may vote
 * @param quorum   the approvals the gate was opened with
 */
public record Tally(int approvals, int returns, int eligible, int quorum) {

    /** The approvals needed: never fewer than a majority of the eligible members. */
    public int required() {
        return Math.max(quorum, ConsultationService.majorityOf(eligible));
    }

    /**
     * The outcome can no longer change: enough approvals, or approval can no longer be reached by the members who
     * have not voted yet, or everyone voted. Until then the round stays open, whatever the first votes say.
     */
    public boolean isSettled() {
        return isApproved() || returns > eligible - required() || approvals + returns >= eligible;
    }

    public boolean isApproved() {
        return approvals >= required();
    }

    public boolean everyoneVoted() {
        return approvals + returns >= eligible;
    }
}
