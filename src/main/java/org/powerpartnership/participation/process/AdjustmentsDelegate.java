package org.powerpartnership.participation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.participation.Adjustment;
import org.powerpartnership.participation.AdjustmentAnswered;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.stereotype.Component;

/** {@code ${adjustments.answered(execution)}}: the resident hears the outcome of their request. */
@Component("adjustments")
public class AdjustmentsDelegate {

    private final AdjustmentService adjustments;
    private final DomainEvents events;

    AdjustmentsDelegate(AdjustmentService adjustments, DomainEvents events) {
        this.adjustments = adjustments;
        this.events = events;
    }

    public void answered(DelegateExecution execution) {
        Adjustment adjustment = adjustments.get(((Number) execution.getVariable("adjustmentId")).longValue());
        events.publish(new AdjustmentAnswered(adjustment.id(), adjustment.consultationId(),
                adjustment.requesterId(), adjustment.outcome()));
    }
}
