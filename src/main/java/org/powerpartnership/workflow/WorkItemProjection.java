package org.powerpartnership.workflow;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Keeps one user task's {@code work_item} row in step with the engine, inside the engine's transaction. One
 * instance per task definition, carrying what the BPMN says about it (process, stage).
 */
class WorkItemProjection implements TaskListener {

    static final String STAGE_VARIABLE = "stage";
    static final String CONSULTATION_VARIABLE = "consultationId";

    private final WorkItemRepository workItems;
    private final String processKey;
    private final String stage;
    private final String formRef;

    WorkItemProjection(WorkItemRepository workItems, String processKey, String stage, String formRef) {
        this.workItems = workItems;
        this.processKey = processKey;
        this.stage = stage;
        this.formRef = formRef;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> workItems.insert(toWorkItem(task), task.getProcessInstanceId());
            case EVENTNAME_ASSIGNMENT -> workItems.updateAssignee(task.getId(), task.getAssignee());
            case EVENTNAME_UPDATE -> workItems.updateDue(task.getId(), instant(task.getDueDate()), task.getName());
            case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> workItems.delete(task.getId());
            default -> {
                // timeouts change nothing in the row
            }
        }
    }

    private WorkItem toWorkItem(DelegateTask task) {
        String group = null;
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                group = link.getGroupId();
                break;
            }
        }
        // Called processes (a stage's sign-off) carry their stage and consultation as variables.
        String taskStage = stage != null ? stage : (String) task.getVariable(STAGE_VARIABLE);
        Object consultation = task.getVariable(CONSULTATION_VARIABLE);
        return new WorkItem(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(), formRef,
                task.getExecution().getProcessBusinessKey(), taskStage, group, task.getAssignee(),
                instant(task.getCreateTime()), instant(task.getDueDate()),
                consultation instanceof Number number ? number.longValue() : null);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
