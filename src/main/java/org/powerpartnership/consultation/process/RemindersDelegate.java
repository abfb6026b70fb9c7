package org.powerpartnership.consultation.process;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.TaskReminderDue;
import org.powerpartnership.workflow.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code ${reminders.remind(task)}} and {@code ${reminders.escalate(task)}}: the timeout listeners every team task
 * carries, so nothing is forgotten when an officer is away. A reminder goes to the task's group; an overdue task
 * becomes an escalation to the consultation's sponsor.
 */
@Component("reminders")
public class RemindersDelegate {

    private final AuditLog audit;
    private final Escalations escalations;
    private final ApplicationEventPublisher events;

    RemindersDelegate(AuditLog audit, Escalations escalations, ApplicationEventPublisher events) {
        this.audit = audit;
        this.escalations = escalations;
        this.events = events;
    }

    public void remind(DelegateTask task) {
        Long consultationId = consultationOf(task);
        audit.record(AuditLog.SYSTEM, consultationId, "task.reminded", "task:" + task.getTaskDefinitionKey(),
                Map.of("taskId", task.getId()));
        events.publishEvent(new TaskReminderDue(task.getId(), consultationId, task.getName(), groupOf(task),
                task.getAssignee()));
    }

    public void escalate(DelegateTask task) {
        Long consultationId = consultationOf(task);
        if (consultationId != null) {
            escalations.raise(consultationId, Escalation.TASK_OVERDUE, task.getName(), task.getId());
        }
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
