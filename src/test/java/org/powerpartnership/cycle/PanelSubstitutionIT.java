package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.PanelChange;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Enough voters, always: when every panel member did the stage's work, or the panel is not confirmed yet, the gate
 * does not loop back to the team; the sponsor settles the panel from the reserve list, with reasons, and voting opens.
 */
@IntegrationTest
class PanelSubstitutionIT {

    private static final String REASON = "Our panel members co-designed this stage, so they cannot judge it.";

    @Autowired
    Cycle cycle;
    @Autowired
    ConsultationService consultations;
    @Autowired
    SignOffService signOff;
    @Autowired
    PanelRoster roster;
    @Autowired
    TestAccounts accounts;
    @Autowired
    Clock clock;

    @Test
    void when_every_member_did_the_stages_work_the_sponsor_appoints_substitutes_instead_of_a_loop() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.confirmPanel(cast, launchWithPanelCoDesigning(cast));
        cycle.completeAll(cast, consultation, Set.of("Task_SettlePanel"), null);

        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        assertThat(gate.isOpen()).as("the gate waits; it is not returned to the team").isTrue();
        assertThat(signOff.gatesOf(consultation.id())).hasSize(1);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
        WorkItem settle = cycle.open(consultation, "Task_SettlePanel").get(0);
        assertThat(settle.candidateGroup()).isEqualTo("sponsor:" + consultation.ref());
        assertThat(settle.dueAt()).isBetween(clock.instant().plus(Duration.ofDays(6)),
                clock.instant().plus(Duration.ofDays(8)));
        assertThatThrownBy(() -> cycle.complete(cast.sponsor(), settle, Map.of("decision", "open")))
                .as("voting cannot open on a panel with nobody eligible")
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("panel.settle.short"));

        List<SignedInUser> reserve = List.of(accounts.open(Roles.PANEL), accounts.open(Roles.PANEL),
                accounts.open(Roles.PANEL));
        reserve.forEach(person -> roster.addToReserve(cast.sponsor(), consultation.id(), person.userId()));
        assertThatThrownBy(() -> roster.addToReserve(cast.sponsor(), consultation.id(), cast.lead().userId()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("panel.person.onTeam"));
        assertThatThrownBy(() -> roster.appointSubstitute(cast.sponsor(), consultation.id(),
                reserve.get(0).userId(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("panel.reason.length"));
        assertThat(roster.panel(consultation.id())).doesNotContain(reserve.get(0).userId());

        reserve.forEach(person -> roster.appointSubstitute(cast.sponsor(), consultation.id(), person.userId(), REASON));
        cycle.complete(cast.sponsor(), settle, Map.of("decision", "open"));

        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        assertThat(votes).extracting(WorkItem::assignee)
                .containsExactlyInAnyOrderElementsOf(reserve.stream().map(SignedInUser::userId).toList());
        assertThat(signOff.tally(gate.id()).eligible()).isEqualTo(3);
        cycle.complete(accountOf(reserve, votes.get(0)), votes.get(0), Map.of("decision", "approve"));
        cycle.complete(accountOf(reserve, votes.get(1)), votes.get(1), Map.of("decision", "approve"));
        assertThat(signOff.gate(gate.id()).outcome()).as("2 of the 3 substitutes").isEqualTo(Gate.APPROVED);
        assertThat(roster.changes(consultation.id())).filteredOn(c -> PanelChange.APPOINTED.equals(c.kind()))
                .hasSize(3).allSatisfy(change -> assertThat(change.reason()).isEqualTo(REASON));
    }

    @Test
    void a_panel_the_sponsor_has_not_confirmed_waits_for_the_sponsor_before_anyone_votes() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = consultations.launch(cast.lead(),
                cycle.launchRequest(cast, false, ConsultationSettings.defaults()));
        cycle.completeAll(cast, consultation, Set.of("Task_SettlePanel"), null);

        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
        assertThat(roster.isConfirmed(consultation.id())).isFalse();
        WorkItem settle = cycle.open(consultation, "Task_SettlePanel").get(0);
        assertThatThrownBy(() -> cycle.complete(cast.lead(), settle, Map.of("decision", "open")))
                .as("the launching officer does not confirm the panel").isInstanceOf(RuntimeException.class);
        cycle.complete(cast.sponsor(), settle, Map.of("decision", "open"));

        assertThat(roster.isConfirmed(consultation.id())).isTrue();
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(3);
        assertThat(roster.changes(consultation.id())).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(PanelChange.CONFIRMED);
            assertThat(change.changedBy()).isEqualTo(cast.sponsor().userId());
        });
    }

    @Test
    void with_nobody_in_reserve_the_sponsor_returns_the_stage_with_a_note_once_and_it_does_not_come_back_by_itself() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.confirmPanel(cast, launchWithPanelCoDesigning(cast));
        cycle.completeAll(cast, consultation, Set.of("Task_SettlePanel"), null);
        WorkItem settle = cycle.open(consultation, "Task_SettlePanel").get(0);

        assertThatThrownBy(() -> cycle.complete(cast.sponsor(), settle,
                Map.of("decision", "return", "note", "No reserve.")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("panel.settle.noteRequired"));
        cycle.complete(cast.sponsor(), settle, Map.of("decision", "return",
                "note", "We have no independent reserve yet; please bring in two more residents."));

        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        assertThat(gate.outcome()).isEqualTo(Gate.RETURNED);
        assertThat(signOff.returnToAnswer(consultation.id(), StageKey.EARLY_ENGAGEMENT).orElseThrow().reasons())
                .singleElement().satisfies(reason -> assertThat(reason.fromSponsor()).isTrue());
        assertThat(signOff.gatesOf(consultation.id())).as("no new round until the team resubmits").hasSize(1);
        assertThat(cycle.open(consultation, "Task_SettlePanel")).isEmpty();
    }

    private Consultation launchWithPanelCoDesigning(Cycle.Cast cast) {
        LaunchRequest usual = cycle.launchRequest(cast, false, ConsultationSettings.defaults());
        return consultations.launch(cast.lead(), new LaunchRequest(usual.brief(), usual.summary(),
                usual.leadOfficerId(), usual.deputyOfficerId(), usual.otherOfficerIds(), usual.panelMemberIds(),
                usual.sponsorId(), usual.partnerOrganisationIds(), usual.panelMemberIds(), false, usual.settings()));
    }

    private static SignedInUser accountOf(List<SignedInUser> people, WorkItem vote) {
        return people.stream().filter(p -> p.userId().equals(vote.assignee())).findFirst().orElseThrow();
    }
}
