package org.powerpartnership.participation.process;

import java.util.Map;

import org.powerpartnership.participation.EvidencePacks;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.stereotype.Component;

/**
 * {@code Task_PrepareEvidencePack} and {@code Task_RecordSession} of {@code deliberative-panel.bpmn}: the pack and the
 * session's outcomes are kept for the jurors to read before they reflect and vote.
 */
@Component
class EvidencePackHandler implements TaskCompletionHandler {

    private final EvidencePacks packs;

    EvidencePackHandler(EvidencePacks packs) {
        this.packs = packs;
    }

    @Override
    public boolean handles(WorkItem item) {
        return (EvidencePacks.FORM.equals(item.formRef()) || EvidencePacks.SESSION_FORM.equals(item.formRef()))
                && item.consultationId() != null;
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        if (EvidencePacks.FORM.equals(item.formRef())) {
            packs.prepared(item.consultationId(), values);
        } else {
            packs.sessionHeld(item.consultationId(), values);
        }
        return Map.of();
    }
}
