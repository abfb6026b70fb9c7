package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.Tally;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Majority and threshold on the real engine: a stage is signed off by more than half of the members who may vote (or
 * the higher number set at launch), never by the first approval; the round stays open while the outcome can still
 * change, and every approval and return is counted. A threshold below a majority is refused at launch.
 */
@IntegrationTest
class SignOffMajorityIT {

    private static final String REASONS = "The plan does not say how people without internet will take part.";

    @Autowired
    Cycle cycle;
    @Autowired
    ConsultationService consultations;
    @Autowired
    SignOffService signOff;

    @Test
    void a_stage_needs_a_majority_of_five_and_the_round_stays_open_until_the_outcome_cannot_change() {
        Cycle.Cast cast = cycle.cast(5);
        Consultation consultation = cycle.launch(cast, false);
        Gate gate = openFirstGate(cast, consultation, 5);

        vote(cast, consultation, "approve");
        vote(cast, consultation, "return");
        vote(cast, consultation, "approve");
        assertThat(signOff.gate(gate.id()).isOpen()).as("2 approvals of 5 settle nothing").isTrue();
        assertThat(signOff.tally(gate.id())).extracting(Tally::approvals, Tally::returns, Tally::required)
                .containsExactly(2, 1, 3);

        vote(cast, consultation, "approve");
        Gate closed = signOff.gate(gate.id());
        assertThat(closed.outcome()).isEqualTo(Gate.APPROVED);
        assertThat(signOff.tally(gate.id())).extracting(Tally::approvals, Tally::returns).containsExactly(3, 1);
        assertThat(signOff.votes(gate.id())).as("the return is kept on the record beside the approvals").hasSize(4);
    }

    @Test
    void a_higher_threshold_set_at_launch_keeps_the_round_open_and_returns_the_stage_once_it_cannot_be_reached() {
        Cycle.Cast cast = cycle.cast(5);
        Consultation consultation = cycle.confirmPanel(cast, consultations.launch(cast.lead(),
                cycle.launchRequest(cast, false, ConsultationSettings.defaults().withQuorum(4))));
        Gate gate = openFirstGate(cast, consultation, 5);
        assertThat(signOff.tally(gate.id()).required()).isEqualTo(4);

        vote(cast, consultation, "approve");
        vote(cast, consultation, "approve");
        vote(cast, consultation, "approve");
        assertThat(signOff.gate(gate.id()).isOpen()).as("3 of the 4 approvals needed").isTrue();

        vote(cast, consultation, "return");
        assertThat(signOff.gate(gate.id()).isOpen()).as("the last member could still make it 4").isTrue();
        vote(cast, consultation, "return");
        Gate closed = signOff.gate(gate.id());
        assertThat(closed.outcome()).isEqualTo(Gate.RETURNED);
        assertThat(signOff.tally(gate.id())).extracting(Tally::approvals, Tally::returns).containsExactly(3, 2);
    }

    @Test
    void a_threshold_below_a_majority_of_the_panel_is_refused_at_launch_with_the_range_it_may_take() {
        Cycle.Cast cast = cycle.cast(3);
        assertThatThrownBy(() -> consultations.launch(cast.lead(),
                cycle.launchRequest(cast, false, ConsultationSettings.defaults().withQuorum(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.field()).isEqualTo("quorum");
                            assertThat(problem.messageKey()).isEqualTo("launch.quorum.range");
                            assertThat(problem.args()).containsExactly(2, 3);
                        }));
    }

    private Gate openFirstGate(Cycle.Cast cast, Consultation consultation, int voters) {
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(voters);
        return signOff.gatesOf(consultation.id()).get(0);
    }

    /** The next panel member with an open vote casts it through the application. */
    private void vote(Cycle.Cast cast, Consultation consultation, String decision) {
        List<WorkItem> open = cycle.open(consultation, "Task_VoteOnStage");
        WorkItem item = open.get(0);
        SignedInUser member = cast.byId(item.assignee());
        cycle.complete(member, item, "approve".equals(decision) ? Map.of("decision", "approve")
                : Map.of("decision", "return", "reasons", REASONS));
    }
}
