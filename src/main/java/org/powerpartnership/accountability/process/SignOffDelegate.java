package org.powerpartnership.accountability.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.GateVoters;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.VoteReminderDue;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.stereotype.Component;

/** {@code ${signOff...}}: the service tasks and collections of {@code panel-sign-off.bpmn}. */
@Component("signOff")
public class SignOffDelegate {

    static final String GATE_ID = "gateId";
    static final String GATE_DEADLINE = "gateDeadline";
    static final String GATE_REMINDER_AFTER = "gateReminderAfter";
    static final String OUTCOME = "signOffOutcome";
    /** Whether the gate's panel is confirmed and has enough eligible members for voting to open. */
    static final String PANEL_READY = "panelReady";
    /** The sponsor's deadline for settling a panel that is short or unconfirmed (a duration). */
    static final String PANEL_SETTLE_DUE = "panelSettleDue";
    static final int PANEL_SETTLE_DAYS = 7;

    private final SignOffService signOff;
    private final ConsultationService consultations;
    private final Escalations escalations;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;
    private final PanelRoster roster;
    private final GateVoters gateVoters;

    SignOffDelegate(SignOffService signOff, ConsultationService consultations, Escalations escalations,
                    AuditLog audit, DomainEvents events, Clock clock, PanelRoster roster, GateVoters gateVoters) {
        this.clock = clock;
        this.roster = roster;
        this.gateVoters = gateVoters;
        this.signOff = signOff;
        this.consultations = consultations;
        this.escalations = escalations;
        this.audit = audit;
        this.events = events;
    }

    public void openGate(DelegateExecution execution) {
        long consultationId = consultationId(execution);
        StageKey stage = StageKey.valueOf((String) execution.getVariable(ProcessVariables.STAGE));
        Gate gate = signOff.open(consultationId, stage, execution.getProcessInstanceId());
        execution.setVariable(GATE_ID, gate.id());
        setDeadline(execution, gate.deadlineAt(), consultations.get(consultationId));
        checkPanel(execution, gate);
    }

    /**
     * After the sponsor settled the panel (the task refuses to open voting on a short or unconfirmed panel): the gate
     * counts its voters again and gives the voting its full time from now.
     */
    public void recount(DelegateExecution execution) {
        Gate gate = signOff.gate(gateId(execution));
        gateVoters.recount(gate.id());
        Instant deadline = signOff.extend(gate.id(), consultations.get(gate.consultationId()).signOffDays());
        setDeadline(execution, deadline, consultations.get(gate.consultationId()));
    }

    /** Never an automatic loop: a short or unconfirmed panel waits for the sponsor, not for the team to rework. */
    private void checkPanel(DelegateExecution execution, Gate gate) {
        boolean ready = roster.isConfirmed(gate.consultationId())
                && !gateVoters.isShort(gate.consultationId(), gate.stage());
        execution.setVariable(PANEL_READY, ready);
        execution.setVariable(PANEL_SETTLE_DUE, ProcessVariables.days(PANEL_SETTLE_DAYS));
        if (!ready) {
            audit.recordForStage(AuditLog.SYSTEM, gate.consultationId(), gate.stage().name(), "gate.panelToSettle",
                    "gate:" + gate.id(), Map.of("confirmed", roster.isConfirmed(gate.consultationId()),
                            "eligible", signOff.eligibleVoters(gate.consultationId(), gate.stage()).size()));
        }
    }

    /** One vote task per eligible member who has not voted yet on this gate. */
    public List<String> voters(DelegateExecution execution) {
        Gate gate = signOff.gate(gateId(execution));
        Set<String> voted = Set.copyOf(signOff.votes(gate.id()).stream().map(v -> v.voterId()).toList());
        return signOff.eligibleVoters(gate.consultationId(), gate.stage()).stream()
                .filter(member -> !voted.contains(member)).toList();
    }

    public void remindVoter(DelegateTask task) {
        long gateId = ((Number) task.getVariable(GATE_ID)).longValue();
        Gate gate = signOff.gate(gateId);
        audit.record(AuditLog.SYSTEM, gate.consultationId(), "vote.reminded", "gate:" + gateId,
                Map.of("voter", task.getAssignee()));
        events.publish(new VoteReminderDue(gateId, gate.consultationId(), task.getAssignee()));
    }

    public void escalate(DelegateExecution execution) {
        Gate gate = signOff.gate(gateId(execution));
        signOff.escalated(gate.id());
        escalations.raise(gate.consultationId(), Escalation.GATE_DEADLINE,
                "stage." + gate.stage().name(), String.valueOf(gate.id()));
    }

    public void extend(DelegateExecution execution) {
        long gateId = gateId(execution);
        Object days = execution.getVariable("extendByDays");
        gateVoters.recount(gateId); // the panel may have changed while the gate waited for the sponsor
        Instant deadline = signOff.extend(gateId, days instanceof Number number ? number.intValue() : 7);
        setDeadline(execution, deadline, consultations.get(signOff.gate(gateId).consultationId()));
    }

    public void closeGate(DelegateExecution execution) {
        Gate gate = signOff.close(gateId(execution));
        execution.setVariable(OUTCOME, Gate.APPROVED.equals(gate.outcome()) ? "approved" : "returned");
    }

    private void setDeadline(DelegateExecution execution, Instant deadline, Consultation consultation) {
        execution.setVariable(GATE_DEADLINE, deadline.toString());
        long days = Math.max(1, Duration.between(clock.instant(), deadline).toDays() - consultation.reminderLeadDays());
        execution.setVariable(GATE_REMINDER_AFTER, ProcessVariables.days((int) days));
    }

    private static long consultationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.CONSULTATION_ID)).longValue();
    }

    private static long gateId(DelegateExecution execution) {
        return ((Number) execution.getVariable(GATE_ID)).longValue();
    }
}
