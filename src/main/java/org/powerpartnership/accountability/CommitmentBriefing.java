package org.powerpartnership.accountability;

import org.powerpartnership.shared.CouncilTime;
import java.util.List;
import java.util.Locale;

import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.stereotype.Component;

/**
 * On every work item of {@code commitment-review.bpmn} (a progress report, a panel review, a delivery check, the
 * sponsor's answer), the commitment it is about comes first: what was promised, its owner and due date, its status.
 */
@Component
class CommitmentBriefing implements WorkItemBriefing {

    static final String PROCESS = "commitment-review";

    private final CommitmentService commitments;
    private final WorkflowPort workflow;

    CommitmentBriefing(CommitmentService commitments, WorkflowPort workflow) {
        this.commitments = commitments;
        this.workflow = workflow;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        if (!PROCESS.equals(item.processKey())) {
            return List.of();
        }
        return workflow.processVariable(item.taskId(), ProcessVariables.COMMITMENT_ID)
                .filter(Number.class::isInstance).map(id -> commitments.get(((Number) id).longValue()))
                .map(commitment -> List.of(new Note("briefing.commitment",
                        List.of(commitment.ownerName(), CouncilTime.date(commitment.dueOn(), Locale.UK)),
                        List.of(commitment.description()), "commitments", "briefing.commitment.link")))
                .orElse(List.of());
    }
}
