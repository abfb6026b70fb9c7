package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.PauseKind;
import org.powerpartnership.consultation.PauseRequest;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A consultation paused while its participation window is open: nothing can be done and no timer fires while it is
 * paused; on resume every due date (tasks, timers, the window's closing date) moves on by exactly the paused time.
 */
@IntegrationTest
class PauseAndResumeIT {

    static final String REASON = "The pre-election period starts on Monday; the council may not consult during it.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationPauses pauses;
    @Autowired
    WorkService work;
    @Autowired
    AuditLog audit;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_paused_consultation_does_nothing_and_on_resume_its_due_dates_move_by_the_paused_time() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null); // to the open participation window
        Consultation open = consultations.get(consultation.id());
        // a week on, the representation check finds people missing and gives partners outreach work (with due dates)
        time.advance(Duration.ofDays(8), consultation.processInstanceId());
        Map<String, Instant> taskDue = dueDates(cycle.open(consultation));
        Map<String, Instant> timerDue = timerDueDates(consultation);
        assertThat(timerDue).as("the window's closing timer at least").isNotEmpty();
        List<WorkItem> openWork = cycle.open(consultation);
        assertThat(openWork).isNotEmpty();

        PauseRequest asked = pauses.request(cast.lead(), consultation.id(), PauseKind.PAUSE, REASON);
        pauses.decide(cast.sponsor(), asked.id(), true, "Agreed: we resume after the count.");
        Instant pausedAt = time.now();

        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.PAUSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(family(consultation)).active().count())
                .isZero();
        WorkItem item = openWork.get(0);
        assertThatThrownBy(() -> cycle.complete(cast, item, Map.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.messageKey()).isEqualTo("pause.workRefused");
                            assertThat(problem.args()).containsExactly(REASON);
                        }));
        assertThat(work.inbox(cycle.actorFor(cast, item), 0, 100)).extracting(WorkItem::taskId)
                .doesNotContain(item.taskId());

        // past the window's old closing date: while paused, nothing fires
        time.advance(Duration.ofDays(30), consultation.processInstanceId());
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNull();
        assertThat(cycle.open(consultation, "Task_AnalyseResponses")).isEmpty();

        Duration paused = pauses.resume(cast.lead(), consultation.id()).orElseThrow();

        assertThat(paused).isEqualTo(Duration.between(pausedAt, time.now())).isEqualTo(Duration.ofDays(30));
        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.ACTIVE);
        assertThat(runtime.createProcessInstanceQuery().processInstanceIds(family(consultation)).suspended().count())
                .isZero();
        Map<String, Instant> movedTasks = dueDates(cycle.open(consultation));
        assertThat(taskDue).isNotEmpty();
        taskDue.forEach((task, due) -> assertThat(movedTasks.get(task)).as(task).isEqualTo(due.plus(paused)));
        Map<String, Instant> movedTimers = timerDueDates(consultation);
        timerDue.forEach((timer, due) -> assertThat(movedTimers.get(timer)).as(timer).isEqualTo(due.plus(paused)));
        assertThat(consultations.get(consultation.id()).windowClosesAt()).isEqualTo(open.windowClosesAt().plus(paused));
        assertThat(work.inbox(cycle.actorFor(cast, item), 0, 100)).extracting(WorkItem::taskId)
                .contains(item.taskId());

        // the window closes 30 days later than it would have, not at once
        time.advance(Duration.ofDays(1), consultation.processInstanceId());
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNull();
        time.advance(Duration.ofDays(20), consultation.processInstanceId());
        assertThat(consultations.get(consultation.id()).windowClosedAt()).isNotNull();
        assertThat(audit.forConsultation(consultation.id())).extracting(entry -> entry.action())
                .contains("consultation.pause.requested", "consultation.pause.approved", "consultation.pause.resumed");
    }

    @Test
    void the_sponsor_hears_of_the_request_and_the_team_of_the_decision() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        PauseRequest asked = pauses.request(cast.lead(), consultation.id(), PauseKind.PAUSE, REASON);
        awaitNotice("pause-requested:" + asked.id() + ">" + cast.sponsor().userId());
        pauses.decide(cast.sponsor(), asked.id(), true, null);
        awaitNotice("pause-decided:" + asked.id() + ">" + cast.lead().userId());
        awaitNotice("pause-decided:" + asked.id() + ">" + cast.deputy().userId());
        pauses.resume(cast.sponsor(), consultation.id());
        awaitNotice("pause-resumed:" + asked.id() + ">" + cast.lead().userId());
    }

    private void awaitNotice(String key) {
        Instant giveUp = Instant.now().plusSeconds(20);
        while (jdbc.sql("select count(*) from notice where notice_key = ?").param(key).query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("no notice " + key).isBefore(giveUp);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Map<String, Instant> dueDates(List<WorkItem> items) {
        Map<String, Instant> due = new HashMap<>();
        items.stream().filter(item -> item.dueAt() != null).forEach(item -> due.put(item.taskId(), item.dueAt()));
        return due;
    }

    private Map<String, Instant> timerDueDates(Consultation consultation) {
        Map<String, Instant> due = new HashMap<>();
        for (String instance : family(consultation)) {
            management.createJobQuery().processInstanceId(instance).timers().list()
                    .forEach(job -> due.put(job.getId(), job.getDuedate().toInstant()));
        }
        return due;
    }

    private Set<String> family(Consultation consultation) {
        Set<String> family = new HashSet<>();
        collect(consultation.processInstanceId(), family);
        return family;
    }

    private void collect(String instance, Set<String> family) {
        if (family.add(instance)) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list()
                    .forEach(child -> collect(child.getId(), family));
        }
    }
}
