package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.StageRecord;
import org.powerpartnership.consultation.Stages;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole cycle on the real engine, driven through the feature services as people would drive it. */
@IntegrationTest
class EngagementCycleIT {

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ConsultationService consultations;
    @Autowired
    Stages stages;
    @Autowired
    SignOffService signOff;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;
    @Autowired
    AuditLog audit;
    @Autowired
    HistoryService history;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void an_officer_launches_a_consultation_and_the_panel_signs_off_all_seven_stages_until_the_commitments_are_delivered() {
        Cycle.Cast cast = cycle.cast(5);
        Consultation consultation = cycle.launch(cast, false);
        assertThat(stages.find(consultation.id(), StageKey.EARLY_ENGAGEMENT)).hasValueSatisfying(
                stage -> assertThat(stage.status()).isEqualTo(StageRecord.IN_PROGRESS));
        assertThat(cycle.open(consultation)).extracting(item -> item.taskKey())
                .containsExactlyInAnyOrder("Task_CoDesignAsPartner", "Task_CoDesignAsResident");

        // Stages 1 to 3, with every panel vote an approval, up to the open participation window.
        cycle.completeAll(cast, consultation, Set.of(), null);
        Consultation inWindow = consultations.get(consultation.id());
        assertThat(inWindow.windowOpenedAt()).isNotNull();
        assertThat(inWindow.currentStage()).isEqualTo(StageKey.PARTICIPATION.name());

        // A week in, nobody has responded: partners are asked to reach the people who are missing.
        time.advance(Duration.ofDays(7), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_ReachUnderRepresented")).hasSize(1);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(),
                Map.of("agreement", "agree", "whatMattersMost", "Safe paths and lights near the play area.",
                        "ageBand", "25-34"), "online", null);

        // The window closes after its minimum duration, not before; then analysis needs every theme considered.
        time.advance(Duration.ofDays(22), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).hasSize(1);
        var theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting and paths came up often.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths in the next budget.");
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), null);

        // Stage 7: the response carries a commitment with an owner and a due date.
        var commitment = drafting.prepare(cast.lead(), consultation.id(), "Light the two main paths through the park",
                "Parks manager", LocalDate.now().plusMonths(4));
        cycle.completeAll(cast, consultation, Set.of(), null);
        assertThat(stages.of(consultation.id())).hasSize(7)
                .allSatisfy(stage -> assertThat(stage.status()).isEqualTo(StageRecord.SIGNED_OFF));
        assertThat(signOff.gatesOf(consultation.id())).hasSize(7)
                .allSatisfy(gate -> assertThat(gate.outcome()).isEqualTo(Gate.APPROVED));
        assertThat(commitments.responseOf(consultation.id())).isPresent();

        // The commitment is delivered and the panel confirms it: the cycle ends.
        commitments.reportProgress(cast.lead(), commitment.id(), "The lights are in and switched on since Monday.", true);
        cycle.completeAll(cast, consultation, Set.of(), (item, seen) -> Map.of("confirmed", "yes"));
        assertThat(commitments.get(commitment.id()).isDelivered()).isTrue();
        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.COMPLETED);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(consultation.processInstanceId())
                .singleResult().getState()).isEqualTo("COMPLETED");
        List<String> actions = audit.forConsultation(consultation.id()).stream().map(e -> e.action()).toList();
        assertThat(actions).contains("consultation.launched", "stage.opened", "gate.opened", "vote.cast",
                "gate.closed", "window.opened", "window.closed", "theme.considered", "response.published",
                "commitment.checked", "consultation.completed");
    }
}
