package org.powerpartnership.accountability;

import java.time.Instant;

/**
 * A change to a published commitment, kept for the record: its due date extended (old and new date) or the
 * commitment withdrawn, with the reasons, who and when.
 *
 * @param kind {@link CommitmentHistory#DUE_DATE_EXTENDED} or {@link CommitmentHistory#WITHDRAWN}
 */
public record CommitmentEvent(long id, long commitmentId, String kind, String oldValue, String newValue,
                              String reasons, String recordedBy, Instant recordedAt) {

    public boolean isWithdrawal() {
        return CommitmentHistory.WITHDRAWN.equals(kind);
    }
}
