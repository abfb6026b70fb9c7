package org.powerpartnership.consultation.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.TaskReminderDue;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.stereotype.Component;

/**
 * {@code ${reminders.remind(task)}} and {@code ${reminders.escalate(task)}}: the timeout listeners every team task
 * carries, so nothing is forgotten when an officer is away. A reminder goes to the task's group; an overdue task
 * becomes an escalation to the consultation's sponsor, and its people are told it is overdue.
 */
@Component("reminders")
public class RemindersDelegate {

    private final AuditLog audit;
    private final Escalations escalations;
    private final DomainEvents events;

    RemindersDelegate(AuditLog audit, Escalations escalations, DomainEvents events) {
        this.audit = audit;
        this.escalations = escalations;
        this.events = events;
    }

    public void remind(DelegateTask task) {
        Long consultationId = consultationOf(task);
        audit.record(AuditLog.SYSTEM, consultationId, "task.reminded", "task:" + task.getTaskDefinitionKey(),
                Map.of("taskId", task.getId()));
        events.publish(reminder(task, consultationId, false));
    }

    public void escalate(DelegateTask task) {
        Long consultationId = consultationOf(task);
        if (consultationId != null) {
            escalations.raise(consultationId, Escalation.TASK_OVERDUE, task.getName(), task.getId());
        }
        // the people whose work it is hear it is overdue too, not only the sponsor
        events.publish(reminder(task, consultationId, true));
    }

    private static TaskReminderDue reminder(DelegateTask task, Long consultationId, boolean overdue) {
        return new TaskReminderDue(task.getId(), consultationId, task.getName(), groupOf(task), task.getAssignee(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), overdue);
    }

    private static Long consultationOf(DelegateTask task) {
        Object id = task.getVariable(ProcessVariables.CONSULTATION_ID);
        return id instanceof Number number ? number.longValue() : null;
    }

    private static String groupOf(DelegateTask task) {
        return task.getCandidates().stream().map(link -> link.getGroupId()).filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }
}
