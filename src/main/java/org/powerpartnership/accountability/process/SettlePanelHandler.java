package org.powerpartnership.accountability.process;

import java.util.Map;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.GateVoters;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.stereotype.Component;

/**
 * The sponsor settles a gate's panel ({@code Task_SettlePanel}): opening the voting confirms the panel and needs
 * enough eligible members (substitutes are appointed on the sponsor page first); a return needs a note, which the
 * team answers like a panel member's reason.
 */
@Component
class SettlePanelHandler implements TaskCompletionHandler {

    static final String SETTLE_DECISION = "settleDecision";
    static final int MIN_NOTE = 20;

    private final SignOffService signOff;
    private final PanelRoster roster;
    private final GateVoters gateVoters;
    private final ConsultationService consultations;
    private final WorkflowPort workflow;

    SettlePanelHandler(SignOffService signOff, PanelRoster roster, GateVoters gateVoters,
                       ConsultationService consultations, WorkflowPort workflow) {
        this.signOff = signOff;
        this.roster = roster;
        this.gateVoters = gateVoters;
        this.consultations = consultations;
        this.workflow = workflow;
    }

    @Override
    public boolean handles(WorkItem item) {
        return "settle-panel".equals(item.formRef());
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        long gateId = ((Number) workflow.processVariable(item.taskId(), SignOffDelegate.GATE_ID).orElseThrow())
                .longValue();
        Gate gate = signOff.gate(gateId);
        String note = values.get("note") instanceof String text ? text.strip() : "";
        if ("return".equals(values.get("decision"))) {
            if (note.length() < MIN_NOTE) {
                throw new InvalidInputException(FieldProblem.of("note", "panel.settle.noteRequired", MIN_NOTE));
            }
            roster.requireSponsorOrAdmin(user, gate.consultationId());
            signOff.sponsorDecided(gateId, "return", note);
            return Map.of(SETTLE_DECISION, "return");
        }
        if (gateVoters.isShort(gate.consultationId(), gate.stage())) {
            throw new InvalidInputException(FieldProblem.of("decision", "panel.settle.short",
                    GateVoters.needed(consultations.get(gate.consultationId())),
                    signOff.eligibleVoters(gate.consultationId(), gate.stage()).size()));
        }
        roster.confirm(user, gate.consultationId()); // checks the sponsor; a confirmed panel stays as it is
        return Map.of(SETTLE_DECISION, "settled");
    }
}
