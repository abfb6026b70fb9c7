package org.powerpartnership.accountability.process;

import java.util.Map;

import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** The team's answer to a returned stage is kept with the return, for the panel's next look and the public record. */
@Component
class ReworkHandler implements TaskCompletionHandler {

    private final SignOffService signOff;

    ReworkHandler(SignOffService signOff) {
        this.signOff = signOff;
    }

    @Override
    public boolean handles(WorkItem item) {
        return "stage-rework".equals(item.formRef());
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        signOff.answerReturn(user, item.consultationId(), StageKey.valueOf(item.stage()),
                (String) values.get("answerToPanel"));
        return Map.of();
    }
}
