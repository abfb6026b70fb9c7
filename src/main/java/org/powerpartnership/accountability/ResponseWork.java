package org.powerpartnership.accountability;

import java.util.Optional;

import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 7's "prepare the council's response" work item, which the team finishes on the response editor: the open
 * one a person may do, and which consultation a work item of that form belongs to (to send its inbox link there).
 */
@Service
public class ResponseWork {

    private final WorkflowPort workflow;
    private final WorkService work;

    ResponseWork(WorkflowPort workflow, WorkService work) {
        this.workflow = workflow;
        this.work = work;
    }

    @Transactional(readOnly = true)
    public Optional<WorkItem> openFor(SignedInUser user, long consultationId) {
        for (WorkItem item : workflow.openWorkItemsForConsultation(consultationId)) {
            if (CouncilResponseService.TASK.equals(item.taskKey())) {
                Optional<WorkItem> mine = open(user, item.taskId());
                if (mine.isPresent()) {
                    return mine;
                }
            }
        }
        return Optional.empty();
    }

    /** The consultation of a response work item this person may open; empty for any other work item. */
    @Transactional(readOnly = true)
    public Optional<Long> consultationOfTask(SignedInUser user, String taskId) {
        return open(user, taskId).filter(item -> CouncilResponseService.FORM.equals(item.formRef()))
                .map(WorkItem::consultationId);
    }

    private Optional<WorkItem> open(SignedInUser user, String taskId) {
        try {
            return Optional.of(work.open(user, taskId));
        } catch (AccessDeniedException | WorkItemGoneException | IllegalArgumentException notForThem) {
            // someone else's claim, done a moment ago, or no such item: not this person's to finish here
            return Optional.empty();
        }
    }
}
