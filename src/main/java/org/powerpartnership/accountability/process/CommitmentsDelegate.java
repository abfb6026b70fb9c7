package org.powerpartnership.accountability.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** {@code ${commitments...}}: the commitments of a response, each reviewed by its own process. */
@Component("commitments")
public class CommitmentsDelegate {

    static final String DUE_AT = "commitmentDueAt";
    static final String REMINDER_AT = "commitmentReminderAt";
    /** Reviews, reminders and escalations fall at the start of the working day. */
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final CommitmentService commitments;
    private final ConsultationService consultations;
    private final Clock clock;

    CommitmentsDelegate(CommitmentService commitments, ConsultationService consultations, Clock clock) {
        this.commitments = commitments;
        this.consultations = consultations;
        this.clock = clock;
    }

    public List<Long> idsFor(DelegateExecution execution) {
        long consultationId = ((Number) execution.getVariable(ProcessVariables.CONSULTATION_ID)).longValue();
        return commitments.of(consultationId).stream().map(Commitment::id).toList();
    }

    public void schedule(DelegateExecution execution) {
        Commitment commitment = commitments.get(commitmentId(execution));
        commitments.started(commitment.id(), execution.getProcessInstanceId());
        int lead = consultations.get(commitment.consultationId()).reminderLeadDays();
        ZoneId zone = clock.getZone();
        Instant due = commitment.dueOn().plusDays(1).atTime(MORNING).atZone(zone).toInstant();
        Instant reminder = commitment.dueOn().minusDays(lead).atTime(MORNING).atZone(zone).toInstant();
        execution.setVariable(DUE_AT, due.toString());
        execution.setVariable(REMINDER_AT, reminder.toString());
    }

    /** Review dates still ahead (after a failed delivery check the schedule resumes where it was). */
    public List<String> reviewDates(DelegateExecution execution) {
        Instant now = clock.instant();
        return commitments.reviewDates(commitmentId(execution)).stream()
                .map(date -> date.atTime(MORNING).atZone(clock.getZone()).toInstant())
                .filter(moment -> moment.isAfter(now))
                .map(Instant::toString).toList();
    }

    public void markOverdue(DelegateExecution execution) {
        commitments.markOverdue(commitmentId(execution));
    }

    public void closeSchedule(DelegateExecution execution) {
        commitments.scheduleEnded(commitmentId(execution));
    }

    private static long commitmentId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.COMMITMENT_ID)).longValue();
    }
}
