package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentHistory;
import org.powerpartnership.accountability.CommitmentLifecycle;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;

/** Commitments of a council response under {@code commitment-review.bpmn}, on the real engine and clock. */
@IntegrationTest
class CommitmentReviewIT {

    static final String NOT_YET = "Only half of the ramps are built; it is not finished yet.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    CommitmentLifecycle lifecycle;
    @Autowired
    CommitmentHistory changes;
    @Autowired
    Escalations escalations;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    HistoryService history;
    @Autowired
    ParticipationService participation;
    @Autowired
    Clock clock;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void two_commitments_of_one_consultation_each_get_their_own_named_tasks_reports_and_escalations() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        drafting.throughTheCycleToTheResponse(cast, consultation);
        Commitment station = drafting.prepare(cast.lead(), consultation.id(), "Light the path to the station",
                "Head of Highways", today().plusDays(60));
        Commitment youthClub = drafting.commit(cast.lead(), consultation.id(), "Open the youth club two more evenings",
                "Youth Services Manager", today().plusDays(75));
        cycle.completeAll(cast, consultation, Set.of(), null);

        // The station path's reminder falls first: one progress task, named after it, and it lands on it alone.
        time.advance(Duration.ofDays(59), consultation.processInstanceId());
        WorkItem report = cycle.open(consultation, "Task_ReportCommitmentProgress").stream().findFirst().orElseThrow();
        assertThat(cycle.open(consultation, "Task_ReportCommitmentProgress")).hasSize(1);
        assertThat(report.name()).contains("Light the path to the station", "Head of Highways")
                .doesNotContain("youth club");
        cycle.complete(cast, report, Map.of("progress", "The contractor has ordered the lights for the path.",
                "delivered", false));
        assertThat(commitments.reviewsOf(station.id())).extracting(r -> r.reasons())
                .containsExactly("The contractor has ordered the lights for the path.");
        assertThat(commitments.reviewsOf(youthClub.id())).isEmpty();

        // The youth club's reminder: its own task, its own report.
        time.advance(Duration.ofDays(15), consultation.processInstanceId());
        WorkItem youthReport = cycle.open(consultation, "Task_ReportCommitmentProgress").get(0);
        assertThat(youthReport.name()).contains("youth club").doesNotContain("station");
        cycle.complete(cast, youthReport, Map.of("progress", "Two youth workers are recruited for the evenings.",
                "delivered", false));
        assertThat(commitments.reviewsOf(youthClub.id())).extracting(r -> r.reasons())
                .containsExactly("Two youth workers are recruited for the evenings.");
        assertThat(commitments.reviewsOf(station.id())).hasSize(1);

        // The station path passed its due date undelivered: it alone is overdue and escalated.
        assertThat(commitments.get(station.id()).status()).isEqualTo(Commitment.OVERDUE);
        assertThat(commitments.get(youthClub.id()).status()).isNotEqualTo(Commitment.OVERDUE);
        assertThat(escalations.of(consultation.id())).filteredOn(e -> Escalation.COMMITMENT_OVERDUE.equals(e.kind()))
                .singleElement().satisfies(e -> assertThat(e.subjectId()).isEqualTo(String.valueOf(station.id())));
        assertThat(cycle.open(consultation, "Task_RespondToOverdueCommitment")).singleElement()
                .satisfies(task -> assertThat(task.name()).contains("station"));
    }

    @Test
    void a_commitment_delivered_early_is_confirmed_by_the_panel_and_nothing_escalates() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Open the park toilets until 7pm",
                "Parks manager", today().plusMonths(8));
        String instance = startReview(consultation, commitment);

        time.advance(Duration.ofDays(3), instance);
        commitments.reportProgress(cast.lead(), commitment.id(), "The toilets now stay open until 7pm every day.", true);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.DELIVERY_REPORTED);
        // a second claim while the panel is checking starts no second check
        commitments.reportProgress(cast.lead(), commitment.id(), "And the signs at the gates now say so too.", true);
        assertThat(cycle.open(consultation, "Task_ConfirmDelivery")).singleElement()
                .satisfies(task -> assertThat(task.name()).contains("Open the park toilets"));
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmDelivery").get(0), Map.of("confirmed", "yes"));

        assertThat(commitments.get(commitment.id()).isDelivered()).isTrue();
        assertThat(ended(instance)).isTrue();
        time.advance(Duration.ofDays(400), instance);
        assertThat(escalations.of(consultation.id())).noneMatch(e -> e.kind().startsWith("COMMITMENT"));
    }

    @Test
    void a_rejected_delivery_claim_restarts_nothing_no_second_progress_task_and_no_second_escalation() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Light the path to the station",
                "Head of Highways", today().plusDays(30));
        String instance = startReview(consultation, commitment);

        time.advance(Duration.ofDays(29), instance);
        cycle.complete(cast, cycle.open(consultation, "Task_ReportCommitmentProgress").get(0),
                Map.of("progress", "The contractor starts next week; lights ordered.", "delivered", false));
        time.advance(Duration.ofDays(3), instance);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OVERDUE);
        cycle.complete(cast, cycle.open(consultation, "Task_RespondToOverdueCommitment").get(0),
                Map.of("response", "The contractor was late; I have asked for weekly updates until it is done.",
                        "action", "escalate"));

        commitments.reportProgress(cast.lead(), commitment.id(), "The lights are in along the whole path.", true);
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmDelivery").get(0),
                Map.of("confirmed", "no", "reasons", NOT_YET));
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OVERDUE);
        time.advance(Duration.ofDays(60), instance);

        assertThat(tasksEver(instance, "Task_ReportCommitmentProgress")).isEqualTo(1);
        assertThat(tasksEver(instance, "Task_RespondToOverdueCommitment")).isEqualTo(1);
        assertThat(escalations.of(consultation.id())).filteredOn(e -> Escalation.COMMITMENT_OVERDUE.equals(e.kind()))
                .hasSize(1);
        assertThat(ended(instance)).isFalse();

        // A later claim, confirmed, ends it as delivered.
        commitments.reportProgress(cast.lead(), commitment.id(), "The last lights are connected and switched on.", true);
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmDelivery").get(0), Map.of("confirmed", "yes"));
        assertThat(commitments.get(commitment.id()).isDelivered()).isTrue();
        assertThat(ended(instance)).isTrue();
    }

    @Test
    void a_commitment_is_never_marked_not_delivered_before_its_due_date_even_after_its_last_review() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Build a skate area with young people",
                "Youth services", today().plusMonths(20));
        String instance = startReview(consultation, commitment);

        for (int review = 0; review < 3; review++) {
            time.advance(Duration.ofDays(190), instance);
            commitmentWork(consultation).forEach(item -> cycle.complete(cast, item, Map.of("judgement", "on_track")));
        }
        assertThat(tasksEver(instance, "Task_ReviewCommitment")).isEqualTo(3);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo("ON_TRACK");
        assertThat(ended(instance)).isFalse();

        // Past the due date, undelivered, the sponsor accepts the risk: only now is it closed as not delivered.
        time.advance(Duration.ofDays(70), instance);
        cycle.complete(cast, cycle.open(consultation, "Task_ReportCommitmentProgress").get(0),
                Map.of("progress", "No site has been found yet; talks with the school go on.", "delivered", false));
        assertThat(ended(instance)).isFalse();
        cycle.complete(cast, cycle.open(consultation, "Task_RespondToOverdueCommitment").get(0), Map.of("response",
                "We could not find a site; the budget moves to next year's plan.", "action", "accept_risk"));
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.NOT_DELIVERED);
        assertThat(ended(instance)).isTrue();
    }

    @Test
    void the_team_withdraws_a_commitment_with_reasons_and_its_review_process_ends() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Reopen the library on Sundays",
                "Head of Libraries", today().plusMonths(6));
        String instance = startReview(consultation, commitment);

        assertThatThrownBy(() -> lifecycle.withdraw(cast.lead(), commitment.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(p -> p.field()).containsExactly("reasons"));
        lifecycle.withdraw(cast.lead(), commitment.id(), "The building failed its safety check and must close.");

        assertThat(commitments.get(commitment.id()).status()).isEqualTo(CommitmentHistory.WITHDRAWN);
        assertThat(changes.withdrawal(commitment.id())).get()
                .satisfies(w -> assertThat(w.reasons()).contains("safety check"));
        assertThat(ended(instance)).isTrue();
        time.advance(Duration.ofDays(400), instance);
        assertThat(escalations.of(consultation.id())).noneMatch(e -> e.kind().startsWith("COMMITMENT"));
    }

    @Test
    void the_sponsor_extends_the_due_date_from_an_off_track_review_and_the_overdue_timer_follows() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        LocalDate due = today().plusDays(100);
        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Light the path to the station",
                "Head of Highways", due);
        String instance = startReview(consultation, commitment);

        time.advance(Duration.ofDays(93), instance);
        cycle.complete(cast, cycle.open(consultation, "Task_ReviewCommitment").get(0),
                Map.of("judgement", "off_track", "reasons", "No contractor yet and the budget is not agreed."));
        WorkItem answer = cycle.open(consultation, "Task_RespondToOffTrackCommitment").get(0);
        Map<String, Object> extend = new HashMap<>(Map.of("response",
                "Highways get two more months; I will check the contract is signed this month.", "action", "extend",
                "extensionReason", "The contractor can only start after the winter closures."));
        extend.put("newDueOn", due.minusDays(1));
        assertThatThrownBy(() -> cycle.complete(cast, answer, extend))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                        .extracting(p -> p.field()).containsExactly("newDueOn"));
        extend.put("newDueOn", due.plusDays(60));
        cycle.complete(cast, answer, extend);
        assertThat(commitments.get(commitment.id()).dueOn()).isEqualTo(due.plusDays(60));
        assertThat(changes.of(commitment.id())).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(CommitmentHistory.DUE_DATE_EXTENDED);
            assertThat(change.oldValue()).isEqualTo(due.toString());
            assertThat(change.newValue()).isEqualTo(due.plusDays(60).toString());
        });

        time.advance(Duration.ofDays(10), instance); // past the old due date: nothing
        assertThat(commitments.get(commitment.id()).status()).isNotEqualTo(Commitment.OVERDUE);
        assertThat(escalations.of(consultation.id())).noneMatch(e -> Escalation.COMMITMENT_OVERDUE.equals(e.kind()));
        time.advance(Duration.ofDays(60), instance); // past the new one: overdue, escalated
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OVERDUE);
        assertThat(escalations.of(consultation.id())).filteredOn(e -> Escalation.COMMITMENT_OVERDUE.equals(e.kind()))
                .hasSize(1);

        // Extended again from the overdue answer: the overdue check waits for the newer date, once more.
        Map<String, Object> again = new HashMap<>(extend);
        again.put("newDueOn", due.plusDays(120));
        cycle.complete(cast, cycle.open(consultation, "Task_RespondToOverdueCommitment").get(0), again);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OPEN);
        time.advance(Duration.ofDays(62), instance);
        assertThat(commitments.get(commitment.id()).status()).isEqualTo(Commitment.OVERDUE);
        assertThat(tasksEver(instance, "Task_RespondToOverdueCommitment")).isEqualTo(2);
    }


    /** The open work of the consultation's commitment processes only (not of its engagement cycle). */
    private java.util.List<WorkItem> commitmentWork(Consultation consultation) {
        return cycle.open(consultation).stream().filter(item -> "commitment-review".equals(item.processKey())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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

    private long tasksEver(String instance, String taskKey) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(instance).taskDefinitionKey(taskKey).count();
    }

    private boolean ended(String instance) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 1;
    }
}
