package org.powerpartnership.consultation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.Stages;
import org.springframework.stereotype.Component;

/** {@code ${stageRecords.open(execution, 'EARLY_ENGAGEMENT')}}: a stage of the cycle begins. */
@Component("stageRecords")
public class StageRecordsDelegate {

    private final Stages stages;

    StageRecordsDelegate(Stages stages) {
        this.stages = stages;
    }

    public void open(DelegateExecution execution, String stage) {
        stages.open(Variables.consultationId(execution), StageKey.valueOf(stage));
    }
}
