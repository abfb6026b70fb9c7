package org.powerpartnership.accountability.process;

import java.util.Map;

import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.StageWork;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Completing a stage's own work task sends the stage (back) to the panel: after a return, not before every one of
 * the panel's reasons has the team's answer. Runs first, so nothing else is written for a refused resubmission.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReturnedStageCheck implements TaskCompletionHandler {

    private final SignOffService signOff;

    ReturnedStageCheck(SignOffService signOff) {
        this.signOff = signOff;
    }

    @Override
    public boolean handles(WorkItem item) {
        return item.consultationId() != null && StageWork.stageOfTask(item.taskKey()).isPresent();
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        signOff.requireEveryReasonAnswered(item.consultationId(), StageWork.stageOfTask(item.taskKey()).orElseThrow());
        return Map.of();
    }
}
