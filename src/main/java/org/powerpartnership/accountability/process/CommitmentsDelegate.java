package org.powerpartnership.accountability.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentLifecycle;
import org.powerpartnership.accountability.CommitmentService;
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
    /** Set by the sponsor's answer to an overdue commitment: the overdue timer waits again, for the new date. */
    static final String DUE_DATE_EXTENDED = "dueDateExtended";
    /** Reviews fall at the start of the working day. */
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private final CommitmentService commitments;
    private final CommitmentLifecycle lifecycle;
    private final Clock clock;

    CommitmentsDelegate(CommitmentService commitments, CommitmentLifecycle lifecycle, Clock clock) {
        this.commitments = commitments;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public List<Long> idsFor(DelegateExecution execution) {
        long consultationId = ((Number) execution.getVariable(ProcessVariables.CONSULTATION_ID)).longValue();
        return commitments.of(consultationId).stream().map(Commitment::id).toList();
    }

    public void schedule(DelegateExecution execution) {
        Commitment commitment = commitments.get(commitmentId(execution));
        commitments.started(commitment.id(), execution.getProcessInstanceId());
        execution.setVariables(dueDateVariables(commitment));
        execution.setVariable(SCHEDULE, remainingSchedule(commitment.id()));
    }

    /** The moments the due-date timers wait for, as process variables (ISO instants). */
    Map<String, Object> dueDateVariables(Commitment commitment) {
        return Map.of(DUE_AT, lifecycle.dueAt(commitment).toString(),
                REMINDER_AT, lifecycle.reminderAt(commitment).toString());
    }

    /** The commitment a task is about, in its name: {@code ${commitments.label(execution)}}. */
    public String label(DelegateExecution execution) {
        return lifecycle.label(commitmentId(execution));
    }

    /** The panel's scheduled reviews, fixed when the commitment was published. */
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
