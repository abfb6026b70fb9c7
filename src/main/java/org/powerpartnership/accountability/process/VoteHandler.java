package org.powerpartnership.accountability.process;

import java.util.Map;

import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.Tally;
import org.powerpartnership.accountability.Vote;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** A panel member's vote task: the vote is recorded by the sign-off service, which applies every rule. */
@Component
class VoteHandler implements TaskCompletionHandler {

    private final SignOffService signOff;
    private final WorkflowPort workflow;
    /** The gate to announce after this thread's completion, if the vote settled it. */
    private final ThreadLocal<Long> announce = new ThreadLocal<>();

    VoteHandler(SignOffService signOff, WorkflowPort workflow) {
        this.signOff = signOff;
        this.workflow = workflow;
    }

    @Override
    public boolean handles(WorkItem item) {
        return "panel-vote".equals(item.formRef());
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        if (!user.userId().equals(item.assignee())) {
            throw new AccessDeniedException("Each member casts their own vote");
        }
        long gateId = gateId(item);
        Tally tally = signOff.vote(user, gateId, (String) values.get("decision"), Vote.writtenWith(values));
        announce.set(SignOffService.mustAnnounce(tally) ? gateId : null);
        return Map.of();
    }

    @Override
    public void afterCompletion(WorkItem item, SignedInUser user, Map<String, Object> values,
                                Map<String, Object> variables) {
        Long gateId = announce.get();
        announce.remove();
        if (gateId != null) {
            signOff.announceIfSettled(gateId, signOff.tally(gateId));
        }
    }

    private long gateId(WorkItem item) {
        return ((Number) workflow.processVariable(item.taskId(), SignOffDelegate.GATE_ID)
                .orElseThrow(() -> new IllegalStateException("Vote task without a gate"))).longValue();
    }
}
