package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.PanelChange;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A panel member steps down while the panel votes: their vote task goes and the gate counts again; a replacement
 * the sponsor appoints gets a vote task on the same gate and their vote counts. Every change is on the record.
 */
@IntegrationTest
class PanelStepDownIT {

    @Autowired
    Cycle cycle;
    @Autowired
    SignOffService signOff;
    @Autowired
    PanelRoster roster;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_member_steps_down_during_an_open_gate_and_the_sponsors_replacement_votes_on_it() {
        Cycle.Cast cast = cycle.cast(4);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        assertThat(votes).hasSize(4);
        cycle.complete(cast.byId(votes.get(0).assignee()), votes.get(0), Map.of("decision", "approve"));
        SignedInUser leaving = cast.byId(votes.get(1).assignee());

        assertThatThrownBy(() -> roster.stepDown(leaving, consultation.id(), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("panel.reason.length"));
        roster.stepDown(leaving, consultation.id(), "I have taken a job with the council's parks team.");

        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(2)
                .noneMatch(item -> leaving.userId().equals(item.assignee()));
        assertThat(signOff.tally(gate.id())).satisfies(tally -> {
            assertThat(tally.eligible()).as("three remain, one of whom has voted").isEqualTo(3);
            assertThat(tally.required()).isEqualTo(2);
        });
        assertThat(roster.panel(consultation.id())).doesNotContain(leaving.userId());

        SignedInUser replacement = accounts.open(Roles.PANEL);
        roster.addToReserve(cast.sponsor(), consultation.id(), replacement.userId());
        roster.appointSubstitute(cast.sponsor(), consultation.id(), replacement.userId(),
                "Replaces a member who stepped down during the vote.");
        List<WorkItem> open = cycle.open(consultation, "Task_VoteOnStage");
        assertThat(open).hasSize(3).anyMatch(item -> replacement.userId().equals(item.assignee()));
        assertThat(signOff.tally(gate.id())).satisfies(tally -> {
            assertThat(tally.eligible()).isEqualTo(4);
            assertThat(tally.required()).isEqualTo(3);
        });

        WorkItem replacementVote = open.stream().filter(item -> replacement.userId().equals(item.assignee()))
                .findFirst().orElseThrow();
        cycle.complete(replacement, replacementVote, Map.of("decision", "approve"));
        assertThat(signOff.gate(gate.id()).isOpen()).as("2 of the 3 approvals needed").isTrue();
        WorkItem another = cycle.open(consultation, "Task_VoteOnStage").get(0);
        cycle.complete(cast.byId(another.assignee()), another, Map.of("decision", "approve"));

        assertThat(signOff.gate(gate.id()).outcome()).isEqualTo(Gate.APPROVED);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
        assertThat(roster.changes(consultation.id())).extracting(PanelChange::kind, PanelChange::userId)
                .containsSubsequence(
                        org.assertj.core.groups.Tuple.tuple(PanelChange.STEPPED_DOWN, leaving.userId()),
                        org.assertj.core.groups.Tuple.tuple(PanelChange.APPOINTED, replacement.userId()));
    }

    @Test
    void when_the_last_member_still_to_vote_steps_down_the_gate_closes_on_the_votes_cast() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        cycle.complete(cast.byId(votes.get(0).assignee()), votes.get(0), Map.of("decision", "approve"));
        cycle.complete(cast.byId(votes.get(1).assignee()), votes.get(1),
                Map.of("decision", "return", "reasons", "The brief does not say what is still open to change."));

        roster.stepDown(cast.byId(votes.get(2).assignee()), consultation.id(), "I am moving out of the borough.");

        assertThat(signOff.gate(gate.id()).isOpen()).isFalse();
        assertThat(signOff.tally(gate.id()).eligible()).isEqualTo(2);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
    }
}
