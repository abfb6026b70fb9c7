package org.powerpartnership.accountability;

import java.util.List;

import org.powerpartnership.consultation.StageKey;

/**
 * A stage the panel returned and the team has not resubmitted yet: the round that returned it and each of its
 * reasons with the team's answer so far. The stage goes back to the panel only when every reason is answered.
 */
public record ReturnToAnswer(long gateId, long consultationId, StageKey stage, int round, List<ReturnReason> reasons) {

    public boolean everyReasonAnswered() {
        return reasons.stream().allMatch(ReturnReason::isAnswered);
    }

    public long unanswered() {
        return reasons.stream().filter(reason -> !reason.isAnswered()).count();
    }
}
