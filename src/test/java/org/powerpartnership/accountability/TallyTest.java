package org.powerpartnership.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sign-off arithmetic: a majority at least, a higher threshold when set, settled only when it cannot change. */
class TallyTest {

    @ParameterizedTest(name = "{0} eligible, threshold {1}: {2} approvals needed")
    @CsvSource({"1,1,1", "2,1,2", "3,1,2", "3,2,2", "4,1,3", "5,3,3", "5,4,4", "6,1,4", "7,7,7"})
    void a_stage_needs_at_least_a_majority_of_those_who_may_vote(int eligible, int threshold, int required) {
        assertThat(new Tally(0, 0, eligible, threshold).required()).isEqualTo(required);
    }

    @ParameterizedTest(name = "{0} approvals, {1} returns of 5 (needs {2}): settled {3}, approved {4}")
    @CsvSource({
            "1,0,3,false,false", // one early approval settles nothing
            "2,2,3,false,false", // the fifth member decides
            "3,0,3,true,true",
            "2,3,3,true,false",  // approval can no longer be reached
            "3,1,4,false,false", // threshold 4: the last member could still make it
            "3,2,4,true,false",
            "4,1,4,true,true"})
    void a_round_is_settled_only_once_its_outcome_cannot_change(int approvals, int returns, int threshold,
                                                                 boolean settled, boolean approved) {
        Tally tally = new Tally(approvals, returns, 5, threshold);
        assertThat(tally.isSettled()).isEqualTo(settled);
        assertThat(tally.isApproved()).isEqualTo(approved);
    }
}
