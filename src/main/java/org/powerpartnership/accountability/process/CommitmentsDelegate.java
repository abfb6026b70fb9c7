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
    /**
     * The review dates still ahead, comma-separated. A sequential multi-instance evaluates its collection again for
     * every instance, so the list is kept in a variable and stays the same while the reviews run.
     */
    static final String SCHEDULE = "reviewSchedule";
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
        execution.setVariable(SCHEDULE, remainingSchedule(commitment.id()));
    }

    /** The reviews of the current schedule (after a failed delivery check it resumes with the dates still ahead). */
    public List<String> reviewDates(DelegateExecution execution) {
        String schedule = (String) execution.getVariable(SCHEDULE);
        return schedule == null || schedule.isBlank() ? List.of() : List.of(schedule.split(","));
    }

    /** Review moments still ahead of now, comma-separated, for {@link #SCHEDULE}. */
    String remainingSchedule(long commitmentId) {
        Instant now = clock.instant();
        return String.join(",", commitments.reviewDates(commitmentId).stream()
                .map(date -> date.atTime(MORNING).atZone(clock.getZone()).toInstant())
                .filter(moment -> moment.isAfter(now))
                .map(Instant::toString).toList());
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
