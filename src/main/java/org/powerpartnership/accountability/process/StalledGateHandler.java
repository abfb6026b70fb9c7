package org.powerpartnership.accountability.process;

import java.util.Map;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The sponsor resolves a sign-off whose deadline passed: more time for the panel, or back to the team. */
@Component
class StalledGateHandler implements TaskCompletionHandler {

    private final SignOffService signOff;
    private final Escalations escalations;
    private final Memberships memberships;
    private final WorkflowPort workflow;

    StalledGateHandler(SignOffService signOff, Escalations escalations, Memberships memberships, WorkflowPort workflow) {
        this.signOff = signOff;
        this.escalations = escalations;
        this.memberships = memberships;
        this.workflow = workflow;
    }

    @Override
    public boolean handles(WorkItem item) {
        return "stalled-gate".equals(item.formRef());
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        long gateId = ((Number) workflow.processVariable(item.taskId(), SignOffDelegate.GATE_ID).orElseThrow())
                .longValue();
        Gate gate = signOff.gate(gateId);
        if (!memberships.holds(gate.consultationId(), user.userId(), MemberRole.SPONSOR)) {
            throw new AccessDeniedException("Only the consultation's sponsor resolves a stalled sign-off");
        }
        String decision = (String) values.get("decision");
        String note = (String) values.get("note");
        Object days = values.get("extendByDays");
        if ("extend".equals(decision) && !(days instanceof Number)) {
            throw new InvalidInputException(FieldProblem.of("extendByDays", "form.required"));
        }
        signOff.sponsorDecided(gateId, decision, note);
        escalations.resolve(gate.consultationId(), Escalation.GATE_DEADLINE, String.valueOf(gateId), user.userId(), note);
        return "extend".equals(decision)
                ? Map.of("stalledGateDecision", "extend", "extendByDays", ((Number) days).intValue())
                : Map.of("stalledGateDecision", "return");
    }
}
