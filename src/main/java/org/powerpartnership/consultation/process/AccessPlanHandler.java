package org.powerpartnership.consultation.process;

import java.util.Map;

import org.powerpartnership.consultation.AccessPlans;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.stereotype.Component;

/** The access stage ends with a plan; its public part goes on the consultation's page. */
@Component
class AccessPlanHandler implements TaskCompletionHandler {

    private final AccessPlans plans;

    AccessPlanHandler(AccessPlans plans) {
        this.plans = plans;
    }

    @Override
    public boolean handles(WorkItem item) {
        return AccessPlans.FORM.equals(item.formRef()) && item.consultationId() != null;
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        plans.planned(item.consultationId(), values);
        return Map.of();
    }
}
