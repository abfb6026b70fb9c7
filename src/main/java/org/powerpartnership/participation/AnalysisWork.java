package org.powerpartnership.participation;

import java.util.Optional;

import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the consultation's open "Analyse the responses" work item, when this person may do it. */
@Service
public class AnalysisWork {

    public static final String TASK = "Task_AnalyseResponses";
    public static final String FORM = "analysis-summary";

    private final WorkflowPort workflow;
    private final WorkService work;

    AnalysisWork(WorkflowPort workflow, WorkService work) {
        this.workflow = workflow;
        this.work = work;
    }

    @Transactional(readOnly = true)
    public Optional<WorkItem> openFor(SignedInUser user, long consultationId) {
        for (WorkItem item : workflow.openWorkItemsForConsultation(consultationId)) {
            if (!TASK.equals(item.taskKey())) {
                continue;
            }
            try {
                return Optional.of(work.open(user, item.taskId()));
            } catch (AccessDeniedException | WorkItemGoneException notForThem) {
                // someone else's claim, or done a moment ago: not this person's to finish here
            }
        }
        return Optional.empty();
    }
}
