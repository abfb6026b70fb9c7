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
import org.powerpartnership.shared.DomainEvents;
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
    /** The form field the completion check names when a reason of an open return has no answer. */
    public static final String PANEL_ANSWERS = "panelAnswers";
    static final int MIN_ANSWER = 10;
    static final int MAX_ANSWER = 4000;
    /** Tasks of the sign-off itself: doing them is judging the stage, not working in it. */
    private static final List<String> SIGN_OFF_TASKS = List.of("task:Task_VoteOnStage", "task:Task_ResolveStalledGate",
            "task:Task_SettlePanel");

    private final SignOffRepository repository;
    private final ReturnReasonRepository returnReasons;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final Stages stages;
    private final AuditLog audit;
    private final WorkflowPort workflow;
    private final DomainEvents events;
    private final Clock clock;

    SignOffService(SignOffRepository repository, ReturnReasonRepository returnReasons,
                   ConsultationService consultations, Memberships memberships, Stages stages, AuditLog audit,
                   WorkflowPort workflow, DomainEvents events, Clock clock) {
        this.repository = repository;
        this.returnReasons = returnReasons;
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
        events.publish(new GateOpened(id, consultationId, stage.name(), List.copyOf(voters)));
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
        if (!approved) {
            keepReasons(gate);
        }
        stages.decided(gate.consultationId(), gate.stage(), approved);
        audit.recordForStage(AuditLog.SYSTEM, gate.consultationId(), gate.stage().name(), "gate.closed",
                "gate:" + gateId, Map.of("outcome", outcome, "approvals", tally.approvals(), "returns",
                        tally.returns(), "eligible", tally.eligible(), "quorum", tally.required()));
        events.publish(new GateClosed(gateId, gate.consultationId(), gate.stage().name(), outcome));
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

    /** Each returning vote's reasons, and the sponsor's note when the sponsor returned it: what the team answers. */
    private void keepReasons(Gate gate) {
        int position = 0;
        for (Vote vote : repository.votes(gate.id())) {
            if (Vote.RETURN.equals(vote.decision()) && vote.reasons() != null && !vote.reasons().isBlank()) {
                returnReasons.insert(gate.id(), vote.id(), ++position, vote.reasons());
            }
        }
        if ("return".equals(gate.sponsorDecision()) && gate.sponsorNote() != null && !gate.sponsorNote().isBlank()) {
            returnReasons.insert(gate.id(), null, ++position, gate.sponsorNote());
        }
    }

    /**
     * The latest return of a stage that the team has not resubmitted yet (the stage's latest round was returned),
     * with each reason and its answer so far; empty when no return of the stage is open.
     */
    @Transactional(readOnly = true)
    public Optional<ReturnToAnswer> returnToAnswer(long consultationId, StageKey stage) {
        return repository.latestGate(consultationId, stage)
                .filter(gate -> Gate.RETURNED.equals(gate.outcome()))
                .map(gate -> new ReturnToAnswer(gate.id(), consultationId, stage, gate.round(),
                        returnReasons.ofGate(gate.id())));
    }

    /** The panel's reasons for returning a round (any round, open or answered), with the team's answers. */
    @Transactional(readOnly = true)
    public List<ReturnReason> reasonsOf(long gateId) {
        return returnReasons.ofGate(gateId);
    }

    /**
     * An officer on the team answers one of the panel's reasons for the open return of a stage; answering again
     * replaces the answer until the stage is resubmitted. Once resubmitted, the answers are on the record as given.
     */
    @Transactional
    public ReturnReason answerReason(SignedInUser officer, long gateId, long reasonId, String answer) {
        Gate gate = gate(gateId);
        if (!memberships.isOnTeam(gate.consultationId(), officer.userId())) {
            throw new AccessDeniedException(officer.userId() + " is not on this consultation's team");
        }
        ReturnReason reason = returnReasons.get(reasonId).filter(r -> r.gateId() == gateId)
                .orElseThrow(() -> new IllegalArgumentException("No reason " + reasonId + " on gate " + gateId));
        if (returnToAnswer(gate.consultationId(), gate.stage()).filter(open -> open.gateId() == gateId).isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("answer", "rework.answer.resubmitted"));
        }
        String clean = answer == null ? "" : answer.strip();
        if (clean.length() < MIN_ANSWER || clean.length() > MAX_ANSWER) {
            throw new InvalidInputException(FieldProblem.of("answer", "rework.answer.length", MIN_ANSWER, MAX_ANSWER));
        }
        Instant now = clock.instant();
        returnReasons.answer(reasonId, clean, officer.userId(), now);
        audit.recordForStage(officer.userId(), gate.consultationId(), gate.stage().name(),
                reason.isAnswered() ? "return.answerChanged" : "return.answered", "gate:" + gateId,
                Map.of("reasonId", reasonId, "answer", clean));
        return returnReasons.get(reasonId).orElseThrow();
    }

    /**
     * Refuses to send a stage back to the panel while a reason of its open return has no answer: completing the
     * stage's own work task is resubmitting it.
     */
    @Transactional(readOnly = true)
    public void requireEveryReasonAnswered(long consultationId, StageKey stage) {
        if (returnToAnswer(consultationId, stage).filter(open -> !open.everyReasonAnswered()).isPresent()) {
            throw new InvalidInputException(FieldProblem.of(PANEL_ANSWERS, "rework.answersMissing"));
        }
    }

    /** A returned round as the record shows it: the team's answers to its reasons (or its one answer before V20). */
    private Gate withAnswers(Gate gate) {
        if (gate.teamAnswer() != null || !Gate.RETURNED.equals(gate.outcome())) {
            return gate;
        }
        List<ReturnReason> answered = returnReasons.ofGate(gate.id()).stream().filter(ReturnReason::isAnswered)
                .toList();
        if (answered.isEmpty()) {
            return gate;
        }
        StringBuilder text = new StringBuilder();
        for (ReturnReason reason : answered) {
            if (!text.isEmpty()) {
                text.append(" · "); // one line: the record's CSV and feeds keep a round's answer on one row
            }
            text.append('“').append(shortened(reason.reason())).append("” ").append(reason.answer());
        }
        ReturnReason last = answered.stream().max(java.util.Comparator.comparing(ReturnReason::answeredAt))
                .orElseThrow();
        return new Gate(gate.id(), gate.consultationId(), gate.stage(), gate.round(), gate.quorum(),
                gate.panelSize(), gate.openedAt(), gate.deadlineAt(), gate.closedAt(), gate.outcome(),
                gate.escalatedAt(), gate.sponsorDecision(), gate.sponsorNote(), text.toString(), last.answeredBy(),
                last.answeredAt(), gate.processInstanceId());
    }

    private static String shortened(String reason) {
        String flat = reason.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }

    @Transactional(readOnly = true)
    public Gate gate(long gateId) {
        return repository.gate(gateId).map(this::withAnswers)
                .orElseThrow(() -> new IllegalArgumentException("No gate " + gateId));
    }

    @Transactional(readOnly = true)
    public List<Gate> gatesOf(long consultationId) {
        return repository.gatesOf(consultationId).stream().map(this::withAnswers).toList();
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
