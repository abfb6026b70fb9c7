package org.powerpartnership.participation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.participation.Adjustment;
import org.powerpartnership.participation.AdjustmentAnswered;
import org.powerpartnership.participation.AdjustmentService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@code ${adjustments.answered(execution)}}: the resident hears the outcome of their request. */
@Component("adjustments")
public class AdjustmentsDelegate {

    private final AdjustmentService adjustments;
    private final ApplicationEventPublisher events;

    AdjustmentsDelegate(AdjustmentService adjustments, ApplicationEventPublisher events) {
        this.adjustments = adjustments;
        this.events = events;
    }

    public void answered(DelegateExecution execution) {
        Adjustment adjustment = adjustments.get(((Number) execution.getVariable("adjustmentId")).longValue());
        events.publishEvent(new AdjustmentAnswered(adjustment.id(), adjustment.consultationId(),
                adjustment.requesterId(), adjustment.outcome()));
    }
}
