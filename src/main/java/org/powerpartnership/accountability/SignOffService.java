package org.powerpartnership.accountability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.Stages;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's sign-off gates: who may vote (panel members who did none of the stage's work), the votes with their
 * reasons, when a gate is settled, and closing it. Every rule is enforced here, whatever a screen shows.
 */
@Service
public class SignOffService {

    public static final String GATE_DECIDED = "GateDecided";
    static final int MIN_REASONS = 30;
    /** Tasks of the sign-off itself: doing them is judging the stage, not working in it. */
    private static final List<String> SIGN_OFF_TASKS = List.of("task:Task_VoteOnStage", "task:Task_ResolveStalledGate");

    private final SignOffRepository repository;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final Stages stages;
    private final AuditLog audit;
    private final WorkflowPort workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignOffService(SignOffRepository repository, ConsultationService consultations, Memberships memberships,
                   Stages stages, AuditLog audit, WorkflowPort workflow, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.memberships = memberships;
        this.stages = stages;
        this.audit = audit;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    /** Panel members who may vote on a stage: the panel, less anyone who did the stage's work. */
    @Transactional(readOnly = true)
    public List<String> eligibleVoters(long consultationId, StageKey stage) {
        Set<String> workers = stageWorkers(consultationId, stage);
        List<String> eligible = new ArrayList<>();
        for (String member : memberships.userIds(consultationId, MemberRole.PANEL)) {
            if (!workers.contains(member)) {
                eligible.add(member);
            }
        }
        return eligible;
    }

    /** Everyone who completed work in the stage (the sign-off's own tasks aside): they can never sign it off. */
    @Transactional(readOnly = true)
    public Set<String> stageWorkers(long consultationId, StageKey stage) {
        return new HashSet<>(audit.actorsInStage(consultationId, stage.name(), "task.completed", SIGN_OFF_TASKS));
    }

    @Transactional
    public Gate open(long consultationId, StageKey stage, String processInstanceId) {
        Consultation consultation = consultations.get(consultationId);
        List<String> voters = eligibleVoters(consultationId, stage);
        int quorum = ConsultationService.quorumFor(consultation, voters.size());
        Instant now = clock.instant();
        Instant deadline = now.plus(Duration.ofDays(consultation.signOffDays()));
        int round = repository.lastRound(consultationId, stage) + 1;
        long id = repository.insertGate(consultationId, stage, round, quorum, voters.size(), now, deadline,
                processInstanceId);
        stages.submitted(consultationId, stage);
        audit.recordForStage(AuditLog.SYSTEM, consultationId, stage.name(), "gate.opened", "gate:" + id,
                Map.of("round", round, "quorum", quorum, "voters", voters.size(), "deadline", deadline.toString()));
        events.publishEvent(new GateOpened(id, consultationId, stage.name(), List.copyOf(voters)));
        return gate(id);
    }

    /**
     * A panel member's first vote on a gate (from the vote task) or a change of it (before the gate closes).
     * Returns the tally after the vote.
     */
    @Transactional
    public Tally vote(SignedInUser voter, long gateId, String decision, String reasons) {
        Gate gate = gate(gateId);
        if (!gate.isOpen()) {
            throw new InvalidInputException(FieldProblem.of("decision", "signoff.vote.closed"));
        }
        if (!memberships.holds(gate.consultationId(), voter.userId(), MemberRole.PANEL)) {
            throw new AccessDeniedException(voter.userId() + " is not on this consultation's panel");
        }
        if (stageWorkers(gate.consultationId(), gate.stage()).contains(voter.userId())) {
            throw new InvalidInputException(FieldProblem.of("decision", "signoff.vote.ownWork"));
        }
        String cleanReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
        List<FieldProblem> problems = new ArrayList<>();
        if (!Vote.APPROVE.equals(decision) && !Vote.RETURN.equals(decision)) {
            problems.add(FieldProblem.of("decision", "signoff.vote.decision"));
        } else if (Vote.RETURN.equals(decision) && (cleanReasons == null || cleanReasons.length() < MIN_REASONS)) {
            problems.add(FieldProblem.of("reasons", "signoff.vote.reasonsRequired", MIN_REASONS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        Optional<Vote> earlier = repository.vote(gateId, voter.userId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", decision);
        if (cleanReasons != null && !cleanReasons.isEmpty()) {
            details.put("reasons", cleanReasons);
        }
        if (earlier.isPresent()) {
            repository.changeVote(gateId, voter.userId(), decision, cleanReasons, now);
            details.put("previousDecision", earlier.get().decision());
            audit.recordForStage(voter.userId(), gate.consultationId(), gate.stage().name(), "vote.changed",
                    "gate:" + gateId, details);
        } else {
            repository.insertVote(gateId, voter.userId(), decision, cleanReasons, now);
            audit.recordForStage(voter.userId(), gate.consultationId(), gate.stage().name(), "vote.cast",
                    "gate:" + gateId, details);
        }
        return tally(gate);
    }

    /** A member changes their vote before the gate closes; if that settles the gate, the process hears of it. */
    @Transactional
    public Tally changeVote(SignedInUser voter, long gateId, String decision, String reasons) {
        if (repository.vote(gateId, voter.userId()).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("decision", "signoff.vote.nothingToChange"));
        }
        Tally tally = vote(voter, gateId, decision, reasons);
        announceIfSettled(gateId, tally);
        return tally;
    }

    /** Tells the waiting sign-off process that the outcome can no longer change (unless all voted: it moves on). */
    @Transactional
    public void announceIfSettled(long gateId, Tally tally) {
        if (mustAnnounce(tally)) {
            workflow.correlate(GATE_DECIDED, gate(gateId).processInstanceId());
        }
    }

    /** Whether the process must hear that the gate is settled: it is, and some members have not voted. */
    public static boolean mustAnnounce(Tally tally) {
        return tally.isSettled() && !tally.everyoneVoted();
    }

    @Transactional(readOnly = true)
    public Tally tally(long gateId) {
        return tally(gate(gateId));
    }

    private Tally tally(Gate gate) {
        int[] counts = repository.counts(gate.id());
        return new Tally(counts[0], counts[1], gate.panelSize(), gate.quorum());
    }

    /** Closes a gate: approved at quorum, otherwise returned (also when the sponsor returned it). */
    @Transactional
    public Gate close(long gateId) {
        Gate gate = gate(gateId);
        Tally tally = tally(gateId);
        boolean approved = !"return".equals(gate.sponsorDecision()) && tally.isApproved();
        String outcome = approved ? Gate.APPROVED : Gate.RETURNED;
        repository.close(gateId, outcome, clock.instant());
        stages.decided(gate.consultationId(), gate.stage(), approved);
        audit.recordForStage(AuditLog.SYSTEM, gate.consultationId(), gate.stage().name(), "gate.closed",
                "gate:" + gateId, Map.of("outcome", outcome, "approvals", tally.approvals(), "returns",
                        tally.returns(), "eligible", tally.eligible(), "quorum", tally.quorum()));
        events.publishEvent(new GateClosed(gateId, gate.consultationId(), gate.stage().name(), outcome));
        return gate(gateId);
    }

    @Transactional
    public void escalated(long gateId) {
        repository.escalated(gateId, clock.instant());
    }

    @Transactional
    public void sponsorDecided(long gateId, String decision, String note) {
        repository.sponsorDecided(gateId, decision, note);
    }

    /** The sponsor gave the panel more time. */
    @Transactional
    public Instant extend(long gateId, int days) {
        Instant deadline = clock.instant().plus(Duration.ofDays(days));
        repository.extend(gateId, deadline);
        Gate gate = gate(gateId);
        audit.recordForStage(AuditLog.SYSTEM, gate.consultationId(), gate.stage().name(), "gate.extended",
                "gate:" + gateId, Map.of("deadline", deadline.toString()));
        return deadline;
    }

    /** The team's answer to the panel's latest return of a stage. */
    @Transactional
    public void answerReturn(SignedInUser officer, long consultationId, StageKey stage, String answer) {
        repository.latestReturned(consultationId, stage)
                .ifPresent(gate -> repository.answer(gate.id(), answer, officer.userId(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Gate gate(long gateId) {
        return repository.gate(gateId).orElseThrow(() -> new IllegalArgumentException("No gate " + gateId));
    }

    @Transactional(readOnly = true)
    public List<Gate> gatesOf(long consultationId) {
        return repository.gatesOf(consultationId);
    }

    /** Votes of a gate, for its panel, its team, admins and (once closed) the public record. */
    @Transactional(readOnly = true)
    public List<Vote> votesOf(SignedInUser reader, long gateId) {
        Gate gate = gate(gateId);
        boolean insider = reader.hasRole(Roles.ADMIN) || memberships.isMember(gate.consultationId(), reader.userId());
        if (!insider && gate.isOpen()) {
            throw new AccessDeniedException("Votes of an open gate are for its consultation only");
        }
        return repository.votes(gateId);
    }

    /** All votes of a gate, for the engine's own use (who still has to vote). */
    @Transactional(readOnly = true)
    public List<Vote> votes(long gateId) {
        return repository.votes(gateId);
    }

    /** Votes of a closed gate, for the public record. */
    @Transactional(readOnly = true)
    public List<Vote> publicVotesOf(long gateId) {
        if (gate(gateId).isOpen()) {
            return List.of();
        }
        return repository.votes(gateId);
    }

    @Transactional(readOnly = true)
    public List<Gate> openGatesFor(SignedInUser panelMember) {
        return repository.openGatesForPanelMember(panelMember.userId());
    }

    @Transactional(readOnly = true)
    public Optional<Vote> voteOf(long gateId, String voterId) {
        return repository.vote(gateId, voterId);
    }
}
