package org.powerpartnership.consultation;

import java.util.Map;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * Work of a paused consultation cannot be completed: the person is told that it is paused and why, before anything
 * is written (the engine would refuse the suspended task too, without saying why).
 */
@Component
class PausedWorkRefusal implements TaskCompletionHandler {

    private final ConsultationPauses pauses;

    PausedWorkRefusal(ConsultationPauses pauses) {
        this.pauses = pauses;
    }

    @Override
    public boolean handles(WorkItem item) {
        return item.consultationId() != null && pauses.currentPause(item.consultationId()).isPresent();
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        String reason = pauses.currentPause(item.consultationId()).map(PauseRequest::reason).orElse("");
        throw new InvalidInputException(FieldProblem.of("work", "pause.workRefused", reason));
    }

    @Override
    public String toString() {
        return "refusal of work on a paused consultation";
    }
}
