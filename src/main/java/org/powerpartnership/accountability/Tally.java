package org.powerpartnership.accountability;

/**
 * The count of a gate's votes and what it means.
 *
 * @param eligible members who may vote
 * @param quorum   votes that settle it
 */
public record Tally(int approvals, int returns, int eligible, int quorum) {

    /** The outcome can no longer change: approval reached quorum, approval can no longer reach it, or all voted. */
    public boolean isSettled() {
        return approvals >= quorum || returns > eligible - quorum || approvals + returns >= eligible;
    }

    public boolean isApproved() {
        return approvals >= quorum;
    }

    public boolean everyoneVoted() {
        return approvals + returns >= eligible;
    }
}
