package org.powerpartnership.accountability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps an open gate's count of voters true when its panel changes: who may still vote, the quorum on that number,
 * and the vote tasks in the engine (a substitute gets one, a member who steps down loses theirs).
 */
@Service
public class GateVoters {

    /** The vote task of {@code panel-sign-off.bpmn}, one per voter (a parallel multi-instance). */
    static final String VOTE_TASK = "Task_VoteOnStage";
    static final String VOTER_VARIABLE = "voter";
    static final String SETTLE_TASK = "Task_SettlePanel";

    private final SignOffService signOff;
    private final ConsultationService consultations;
    private final PanelChangeRepository repository;
    private final WorkflowPort workflow;
    private final AuditLog audit;

    GateVoters(SignOffService signOff, ConsultationService consultations, PanelChangeRepository repository,
               WorkflowPort workflow, AuditLog audit) {
        this.signOff = signOff;
        this.consultations = consultations;
        this.repository = repository;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** Who counts at a gate: the eligible panel now, and anyone who already voted on it (their vote stands). */
    @Transactional(readOnly = true)
    public Set<String> countedAt(Gate gate) {
        Set<String> counted = new LinkedHashSet<>(signOff.eligibleVoters(gate.consultationId(), gate.stage()));
        signOff.votes(gate.id()).forEach(vote -> counted.add(vote.voterId()));
        return counted;
    }

    /** Recounts a gate's eligible voters and quorum after its panel changed; audited when the numbers change. */
    @Transactional
    public Tally recount(long gateId) {
        Gate gate = signOff.gate(gateId);
        Consultation consultation = consultations.get(gate.consultationId());
        int voters = countedAt(gate).size();
        int quorum = ConsultationService.quorumFor(consultation, voters);
        if (voters != gate.panelSize() || quorum != gate.quorum()) {
            repository.recount(gateId, voters, quorum);
            audit.recordForStage(AuditLog.SYSTEM, gate.consultationId(), gate.stage().name(), "gate.recounted",
                    "gate:" + gateId, Map.of("voters", voters, "quorum", quorum,
                            "previousVoters", gate.panelSize(), "previousQuorum", gate.quorum()));
        }
        return signOff.tally(gateId);
    }

    /** The consultation's gate whose voting is open now (its vote tasks are waiting), if any. */
    @Transactional(readOnly = true)
    public Optional<Gate> votingGate(long consultationId) {
        return signOff.gatesOf(consultationId).stream().filter(Gate::isOpen)
                .filter(gate -> workflow.position(gate.processInstanceId()).active().contains(VOTE_TASK))
                .findFirst();
    }

    /** A substitute appointed while voting is open gets a vote task on it at once. */
    @Transactional
    public void substituteJoined(long consultationId, String userId) {
        votingGate(consultationId).ifPresent(gate -> {
            // someone who did the stage's work joins the panel but never votes on that stage
            if (signOff.eligibleVoters(consultationId, gate.stage()).contains(userId)) {
                workflow.addToMultiInstance(gate.processInstanceId(), VOTE_TASK, VOTER_VARIABLE, userId);
            }
            recount(gate.id());
        });
    }

    /**
     * A member left the panel while voting is open: their unfinished vote task goes, the gate is recounted, and the
     * process hears when that settles the gate (or leaves nobody with a vote to cast).
     */
    @Transactional
    public void memberLeft(long consultationId, String userId) {
        for (Gate gate : openGates(consultationId)) {
            if (!workflow.position(gate.processInstanceId()).active().contains(VOTE_TASK)) {
                recount(gate.id());
                continue;
            }
            int open = workflow.openTasks(gate.processInstanceId(), VOTE_TASK);
            boolean hasTask = signOff.voteOf(gate.id(), userId).isEmpty()
                    && workflow.openTasks(gate.processInstanceId(), VOTE_TASK, userId) > 0;
            Tally tally = recount(gate.id());
            if (hasTask && open == 1) {
                // theirs was the last vote to come: the gate closes on the votes cast
                workflow.correlate(SignOffService.GATE_DECIDED, gate.processInstanceId());
            } else {
                if (hasTask) {
                    workflow.cancelTasks(gate.processInstanceId(), VOTE_TASK, userId);
                }
                signOff.announceIfSettled(gate.id(), tally);
            }
        }
    }

    private List<Gate> openGates(long consultationId) {
        return signOff.gatesOf(consultationId).stream().filter(Gate::isOpen).toList();
    }

    /** The sponsor's open "Settle the panel" work item of the consultation, if a gate waits for it. */
    @Transactional(readOnly = true)
    public Optional<String> settleTask(long consultationId) {
        return workflow.openWorkItemsForConsultation(consultationId).stream()
                .filter(item -> SETTLE_TASK.equals(item.taskKey())).map(item -> item.taskId()).findFirst();
    }

    /** Whether the stage's gate would be short of voters for a decision now. */
    @Transactional(readOnly = true)
    public boolean isShort(long consultationId, StageKey stage) {
        return signOff.eligibleVoters(consultationId, stage).size() < needed(consultations.get(consultationId));
    }

    /** The eligible members a decision needs: the minimum panel, or the threshold set at launch if higher. */
    public static int needed(Consultation consultation) {
        int threshold = consultation.quorum() == null ? 0 : consultation.quorum();
        return Math.max(ConsultationService.MIN_PANEL, threshold);
    }
}
