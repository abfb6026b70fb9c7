package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.participation.Adjustment;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.participation.DeliberationService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;

/** Nothing waits for ever: people who do not answer are reminded, then moved past or escalated. */
@IntegrationTest
class TimersIT {

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    Escalations escalations;
    @Autowired
    AuditLog audit;
    @Autowired
    AdjustmentService adjustments;
    @Autowired
    DeliberationService deliberation;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void co_designers_and_partners_who_do_not_answer_in_time_do_not_hold_the_stage_up() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        assertThat(cycle.open(consultation)).hasSize(2);

        time.advance(Duration.ofDays(15), consultation.processInstanceId());
        assertThat(cycle.open(consultation)).extracting(WorkItem::taskKey).containsExactly("Task_AgreeQuestionAndMethods");
        cycle.completeAll(cast, consultation, Set.of("Task_AgreePartnerRole", "Task_PlanAccess"), null);
        assertThat(cycle.open(consultation, "Task_AgreePartnerRole")).isNotEmpty();
        time.advance(Duration.ofDays(15), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_AgreePartnerRole")).isEmpty();
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).isNotEmpty();
    }

    @Test
    void a_forgotten_team_task_is_reminded_before_its_due_date_and_escalated_to_the_sponsor_after_it() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_AgreeQuestionAndMethods"), null);

        time.advance(Duration.ofDays(12).plusHours(1), consultation.processInstanceId());
        assertThat(audit.forConsultation(consultation.id())).extracting(e -> e.action()).contains("task.reminded");
        assertThat(escalations.of(consultation.id())).isEmpty();
        time.advance(Duration.ofDays(2), consultation.processInstanceId());
        assertThat(escalations.of(consultation.id())).extracting(Escalation::kind).containsExactly(Escalation.TASK_OVERDUE);
        assertThat(cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0).isOverdue(time.now())).isTrue();
    }

    @Test
    void a_residents_request_for_support_becomes_an_officer_task_with_a_deadline_and_the_resident_sees_the_answer() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Adjustment request = adjustments.request(cast.coDesigner(), consultation.id(),
                Map.of("kind", "interpreter", "details", "I need a Bengali interpreter at the drop-in session."));
        WorkItem task = cycle.open(consultation, "Task_ArrangeAdjustment").get(0);
        assertThat(task.candidateGroup()).isEqualTo("officer:" + consultation.ref());
        assertThat(task.dueAt()).isBetween(time.now().plus(Duration.ofDays(4)), time.now().plus(Duration.ofDays(6)));

        cycle.complete(cast, task, Map.of("outcome", "arranged",
                "messageToResident", "An interpreter will be with you at the drop-in on Saturday."));
        assertThat(adjustments.requestsOf(cast.coDesigner())).singleElement().satisfies(answered -> {
            assertThat(answered.id()).isEqualTo(request.id());
            assertThat(answered.status()).isEqualTo("ANSWERED");
            assertThat(answered.message()).contains("interpreter will be with you");
        });
    }

    @Test
    void a_deliberative_panel_moves_on_when_jurors_run_out_of_time() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        for (int i = 0; i < 10; i++) {
            accounts.open(Roles.RESIDENT);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CONSULTATION_ID, consultation.id());
        variables.put(ProcessVariables.CONSULTATION_REF, consultation.ref());
        variables.put(ProcessVariables.TASK_DUE, "P14D");
        variables.put(ProcessVariables.REMIND_AFTER, "P12D");
        variables.put(ProcessVariables.CO_DESIGN_PERIOD, "P10D");
        String instance = workflow.start("deliberative-panel", consultation.ref(), variables);

        cycle.complete(cast, cycle.open(consultation, "Task_RecruitDeliberativePanel").get(0), Map.of("panelSize", 8));
        List<String> jurors = deliberation.jurors(consultation.id());
        assertThat(jurors).hasSize(8).doesNotContain(cast.lead().userId(), cast.panel().get(0).userId());
        cycle.complete(cast, cycle.open(consultation, "Task_PrepareEvidencePack").get(0), Map.of());
        assertThat(cycle.open(consultation, "Task_ReflectOnEvidence")).hasSize(8);
        cycle.complete(cast, cycle.open(consultation, "Task_ReflectOnEvidence").get(0), Map.of());

        time.advance(Duration.ofDays(11), instance);
        assertThat(cycle.open(consultation, "Task_ReflectOnEvidence")).isEmpty();
        assertThat(cycle.open(consultation, "Task_ConfirmSessionPlace")).hasSize(8);
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmSessionPlace").get(0), Map.of());
        assertThat(cycle.open(consultation, "Task_RecordSession")).isEmpty();
        time.advance(Duration.ofDays(11), instance);
        assertThat(cycle.open(consultation, "Task_ConfirmSessionPlace")).isEmpty();
        cycle.complete(cast, cycle.open(consultation, "Task_RecordSession").get(0), Map.of());
        assertThat(cycle.open(consultation, "Task_VoteOnRecommendations")).hasSize(8);
        time.advance(Duration.ofDays(11), instance);
        cycle.complete(cast, cycle.open(consultation, "Task_PublishRecommendations").get(0), Map.of());
        assertThat(cycle.open(consultation).stream().map(WorkItem::taskKey))
                .doesNotContain("Task_PublishRecommendations", "Task_VoteOnRecommendations");
    }
}
