package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.StageWork;
import org.powerpartnership.accountability.Vote;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.StageRecord;
import org.powerpartnership.consultation.Stages;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The panel's sign-off gate on the real engine: returns with reasons, deadlines, the sponsor, and who may vote. */
@IntegrationTest
class SignOffIT {

    private static final String REASONS = "The plan does not say how people without internet will take part.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    Stages stages;
    @Autowired
    Escalations escalations;
    @Autowired
    Memberships memberships;
    @Autowired
    ConsultationService consultations;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    ThemeService themes;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void every_stage_returned_with_reasons_goes_back_to_its_own_task_and_is_then_approved_with_a_deliberative_panel() {
        Cycle.Cast cast = cycle.cast(5);
        Consultation consultation = cycle.launch(cast, true);
        Set<String> reworked = new HashSet<>();
        var decide = returnEachStageOnce(cast, reworked);

        cycle.completeAll(cast, consultation, Set.of(), decide);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), decide);
        drafting.prepare(cast.lead(), consultation.id(), "Open the toilets until seven in the evening", "Parks manager",
                LocalDate.now().plusMonths(2));
        cycle.completeAll(cast, consultation, Set.of("Task_ReviewCommitment", "Task_ReportCommitmentProgress"), decide);

        assertThat(reworked).containsExactlyInAnyOrderElementsOf(
                StageKey.inOrder().stream().map(Enum::name).toList());
        List<Gate> gates = signOff.gatesOf(consultation.id());
        assertThat(gates).hasSize(14);
        for (StageKey stage : StageKey.values()) {
            assertThat(gates.stream().filter(g -> g.stage() == stage).map(Gate::outcome))
                    .containsExactly(Gate.RETURNED, Gate.APPROVED);
            Gate returned = gates.stream().filter(g -> g.stage() == stage && Gate.RETURNED.equals(g.outcome()))
                    .findFirst().orElseThrow();
            assertThat(returned.teamAnswer()).isNotBlank();
            assertThat(signOff.votes(returned.id())).extracting(Vote::reasons).contains(REASONS);
        }
        assertThat(stages.of(consultation.id()))
                .allSatisfy(stage -> assertThat(stage.status()).isEqualTo(StageRecord.SIGNED_OFF));
    }

    @Test
    void a_gate_without_quorum_at_its_deadline_escalates_to_the_sponsor_who_gives_more_time() {
        Cycle.Cast cast = cycle.cast(5);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        assertThat(votes).hasSize(5);
        cycle.complete(cast, votes.get(0), Map.of("decision", "approve"));

        time.advance(Duration.ofDays(11), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
        assertThat(escalations.of(consultation.id())).extracting(Escalation::kind).contains(Escalation.GATE_DEADLINE);
        WorkItem stalled = cycle.open(consultation, "Task_ResolveStalledGate").get(0);
        assertThat(cycle.actorFor(cast, stalled)).isEqualTo(cast.sponsor());

        cycle.complete(cast, stalled, Map.of("decision", "extend", "note", "The panel met late; give them a week.",
                "extendByDays", 7));
        assertThat(escalations.of(consultation.id())).filteredOn(e -> e.kind().equals(Escalation.GATE_DEADLINE))
                .allSatisfy(e -> assertThat(e.response()).contains("give them a week"));
        List<WorkItem> again = cycle.open(consultation, "Task_VoteOnStage");
        assertThat(again).hasSize(4).noneMatch(item -> item.assignee().equals(votes.get(0).assignee()));
        cycle.complete(cast, again.get(0), Map.of("decision", "approve"));
        cycle.complete(cast, again.get(1), Map.of("decision", "approve"));

        assertThat(stages.find(consultation.id(), StageKey.EARLY_ENGAGEMENT).orElseThrow().status())
                .isEqualTo(StageRecord.SIGNED_OFF);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
        assertThat(cycle.open(consultation, "Task_InviteNetworks")).hasSize(1);
    }

    @Test
    void a_sponsor_may_return_a_stalled_stage_to_the_team_with_a_note() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        time.advance(Duration.ofDays(11), consultation.processInstanceId());
        WorkItem stalled = cycle.open(consultation, "Task_ResolveStalledGate").get(0);
        cycle.complete(cast, stalled, Map.of("decision", "return",
                "note", "Nobody on the panel could vote; the team should brief them properly first."));

        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        assertThat(gate.outcome()).isEqualTo(Gate.RETURNED);
        assertThat(gate.sponsorDecision()).isEqualTo("return");
        assertThat(cycle.open(consultation, "Task_AgreeQuestionAndMethods")).hasSize(1);
        assertThat(signOff.returnToAnswer(consultation.id(), StageKey.EARLY_ENGAGEMENT).orElseThrow().reasons())
                .singleElement().satisfies(reason -> {
                    assertThat(reason.fromSponsor()).isTrue();
                    assertThat(reason.reason()).contains("brief them properly");
                });
    }

    @Test
    void the_officer_who_did_a_stages_work_cannot_vote_on_it_even_when_on_the_panel() {
        SignedInUser officerOnPanel = accounts.open(Roles.OFFICER, Roles.PANEL);
        Cycle.Cast base = cycle.cast(3);
        List<SignedInUser> panel = new java.util.ArrayList<>(base.panel());
        panel.add(officerOnPanel);
        Cycle.Cast cast = new Cycle.Cast(base.lead(), base.deputy(), panel, base.sponsor(), base.partner(),
                base.coDesigner(), base.organisation());
        Consultation consultation = cycle.launch(cast, false);
        // A later team change puts them on the team, and they do the stage's work.
        memberships.add(consultation.id(), consultation.ref(), officerOnPanel.userId(), MemberRole.OFFICER);
        cycle.completeAll(cast, consultation, Set.of("Task_AgreeQuestionAndMethods"), null);
        cycle.complete(officerOnPanel, cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0), Map.of());

        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(3)
                .noneMatch(item -> officerOnPanel.userId().equals(item.assignee()));
        long gateId = signOff.gatesOf(consultation.id()).get(0).id();
        assertThat(signOff.gate(gateId).panelSize()).isEqualTo(3);
        assertThatThrownBy(() -> signOff.vote(officerOnPanel, gateId, "approve", null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("signoff.vote.ownWork"));
        assertThat(signOff.votes(gateId)).isEmpty();
    }

    @Test
    void a_member_may_change_a_vote_until_the_gate_closes_and_never_after() {
        Cycle.Cast cast = cycle.cast(5);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        SignedInUser first = cycle.actorFor(cast, votes.get(0));
        cycle.complete(first, votes.get(0), Map.of("decision", "return", "reasons", REASONS));
        long gateId = signOff.gatesOf(consultation.id()).get(0).id();

        assertThatThrownBy(() -> signOff.changeVote(first, gateId, "return", "too short"))
                .isInstanceOf(InvalidInputException.class);
        signOff.changeVote(first, gateId, "approve", null);
        assertThat(signOff.voteOf(gateId, first.userId()).orElseThrow().decision()).isEqualTo("approve");

        cycle.complete(cast, votes.get(1), Map.of("decision", "approve"));
        cycle.complete(cast, votes.get(2), Map.of("decision", "approve"));
        assertThat(signOff.gate(gateId).outcome()).isEqualTo(Gate.APPROVED);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isEmpty();
        assertThatThrownBy(() -> signOff.changeVote(first, gateId, "return", REASONS))
                .isInstanceOfSatisfying(InvalidInputException.class, closed -> assertThat(closed.problems())
                        .extracting(p -> p.messageKey()).containsExactly("signoff.vote.closed"));
    }

    @Test
    void a_return_without_reasons_is_refused_and_nothing_is_recorded() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        WorkItem vote = cycle.open(consultation, "Task_VoteOnStage").get(0);
        assertThatThrownBy(() -> cycle.complete(cast, vote, Map.of("decision", "return", "reasons", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field()).contains("reasons"));
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(3);
        assertThat(signOff.votes(signOff.gatesOf(consultation.id()).get(0).id())).isEmpty();
    }

    /**
     * Panel votes return each stage the first time (with reasons) and approve it after the team answered each reason
     * on the stage's own task, which the return reopened.
     */
    private java.util.function.BiFunction<WorkItem, Integer, Map<String, Object>> returnEachStageOnce(
            Cycle.Cast cast, Set<String> reworked) {
        return (item, seen) -> {
            Optional<StageKey> ownTaskOf = StageWork.stageOfTask(item.taskKey());
            if (ownTaskOf.isPresent()) {
                signOff.returnToAnswer(item.consultationId(), ownTaskOf.get()).ifPresent(open -> {
                    reworked.add(item.stage());
                    open.reasons().forEach(reason -> signOff.answerReason(cast.lead(), open.gateId(), reason.id(),
                            "We changed the plan as the panel asked."));
                });
            }
            if (item.taskKey().equals("Task_VoteOnStage")) {
                return reworked.contains(item.stage())
                        ? Map.of("decision", "approve")
                        : Map.of("decision", "return", "reasons", REASONS);
            }
            if (item.taskKey().equals("Task_AnalyseResponses")) {
                return Map.of();
            }
            return null;
        };
    }
}
