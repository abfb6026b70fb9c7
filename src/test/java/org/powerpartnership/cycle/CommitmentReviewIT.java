package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;

/** One commitment of a council response under {@code commitment-review.bpmn}, on the real engine and clock. */
@IntegrationTest
class CommitmentReviewIT {

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    Escalations escalations;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    HistoryService history;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_commitment_delivered_on_time_is_confirmed_by_the_panel_and_nothing_escalates() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Open the park toilets until 7pm",
                "Parks manager", LocalDate.now().plusMonths(2));
        String instance = startReview(consultation, commitment);

        commitments.reportProgress(cast.lead(), commitment.id(), "The toilets now stay open until 7pm every day.", true);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.DELIVERY_REPORTED);
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmDelivery").get(0), Map.of("confirmed", "yes"));

        assertThat(commitments.get(commitment.id()).isDelivered()).isTrue();
        assertThat(ended(instance)).isTrue();
        time.advance(Duration.ofDays(400), instance);
        assertThat(escalations.of(consultation.id())).noneMatch(e -> e.kind().startsWith("COMMITMENT"));
    }

    @Test
    void an_overdue_commitment_escalates_to_the_sponsor_whose_answer_is_recorded() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Light the path to the station",
                "Head of Highways", LocalDate.now().plusDays(30));
        String instance = startReview(consultation, commitment);

        time.advance(Duration.ofDays(29), instance);
        assertThat(cycle.open(consultation, "Task_ReportCommitmentProgress")).hasSize(1);
        cycle.complete(cast, cycle.open(consultation, "Task_ReportCommitmentProgress").get(0),
                Map.of("progress", "The contractor starts next week; lights ordered.", "delivered", false));

        time.advance(Duration.ofDays(3), instance);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OVERDUE);
        assertThat(escalations.of(consultation.id())).extracting(Escalation::kind)
                .contains(Escalation.COMMITMENT_OVERDUE);
        cycle.complete(cast, cycle.open(consultation, "Task_RespondToOverdueCommitment").get(0),
                Map.of("response", "The contractor was late; the lights will be on before the end of the month.",
                        "action", "extend"));
        assertThat(escalations.of(consultation.id())).filteredOn(e -> e.kind().equals(Escalation.COMMITMENT_OVERDUE))
                .allSatisfy(e -> {
                    assertThat(e.isOpen()).isFalse();
                    assertThat(e.response()).contains("contractor was late");
                });
    }

    @Test
    void scheduled_reviews_judge_progress_off_track_goes_to_the_sponsor_and_an_unconfirmed_delivery_keeps_reviews_going() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Build a skate area with young people",
                "Youth services", LocalDate.now().plusMonths(14));
        String instance = startReview(consultation, commitment);

        time.advance(Duration.ofDays(95), instance);
        cycle.complete(cast, cycle.open(consultation, "Task_ReviewCommitment").get(0),
                Map.of("judgement", "off_track", "reasons", "No site has been chosen and the budget is not agreed."));
        assertThat(escalations.of(consultation.id())).extracting(Escalation::kind)
                .contains(Escalation.COMMITMENT_OFF_TRACK);
        cycle.complete(cast, cycle.open(consultation, "Task_RespondToOffTrackCommitment").get(0),
                Map.of("response", "I have asked for a site decision at the next cabinet meeting.", "action", "escalate"));

        commitments.reportProgress(cast.lead(), commitment.id(), "A site is chosen and the skate area is open.", true);
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmDelivery").get(0),
                Map.of("confirmed", "no", "reasons", "Only half of the ramps are built; it is not finished yet."));
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OPEN);

        time.advance(Duration.ofDays(100), instance);
        cycle.complete(cast, cycle.open(consultation, "Task_ReviewCommitment").get(0),
                Map.of("judgement", "at_risk", "reasons", "Work restarted but the finish date keeps moving."));
        time.advance(Duration.ofDays(200), instance);
        cycle.completeAll(cast, consultation, java.util.Set.of(), (item, seen) -> item.taskKey().equals("Task_ReviewCommitment")
                ? Map.of("judgement", "on_track") : null);
        time.advance(Duration.ofDays(200), instance);
        cycle.completeAll(cast, consultation, java.util.Set.of(), (item, seen) -> Map.of());

        assertThat(ended(instance)).isTrue();
        assertThat(commitments.get(commitment.id()).status()).isIn(Commitment.NOT_DELIVERED, Commitment.OVERDUE);
        assertThat(commitments.reviewsOf(commitment.id())).extracting(review -> review.kind())
                .contains("SCHEDULED", "PROGRESS", "DELIVERY_CHECK");
    }

    private String startReview(Consultation consultation, Commitment commitment) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CONSULTATION_ID, consultation.id());
        variables.put(ProcessVariables.CONSULTATION_REF, consultation.ref());
        variables.put(ProcessVariables.COMMITMENT_ID, commitment.id());
        variables.put(ProcessVariables.TASK_DUE, "P14D");
        variables.put(ProcessVariables.REMIND_AFTER, "P12D");
        String instance = workflow.start("commitment-review", consultation.ref(), variables);
        assertThat(commitments.get(commitment.id()).processInstanceId()).isEqualTo(instance);
        return instance;
    }

    private boolean ended(String instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
    }
}
