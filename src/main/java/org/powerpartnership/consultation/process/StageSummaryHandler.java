package org.powerpartnership.consultation.process;

import java.util.Map;

import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.Stages;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** The last team task of every stage carries a summary for the panel; it goes on the stage record. */
@Component
class StageSummaryHandler implements TaskCompletionHandler {

    static final String STAGE_SUMMARY = "stageSummary";

    private final Stages stages;

    StageSummaryHandler(Stages stages) {
        this.stages = stages;
    }

    @Override
    public boolean handles(WorkItem item) {
        return item.stage() != null && item.consultationId() != null;
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        Object summary = values.get(STAGE_SUMMARY);
        if (summary instanceof String text && !text.isBlank()) {
            stages.recordSummary(item.consultationId(), StageKey.valueOf(item.stage()), text);
        }
        return Map.of();
    }
}
