package org.powerpartnership.accountability;

import org.powerpartnership.shared.CouncilTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published commitment's life beyond reviews and progress: the team withdraws it (with reasons), the sponsor
 * extends its due date (with a reason; the engine's reminder and overdue timers follow), and when its timers fall.
 * Each change is kept in {@link CommitmentHistory} and audited.
 */
@Service
public class CommitmentLifecycle {

    public static final String COMMITMENT_WITHDRAWN = "CommitmentWithdrawn";
    /** The timers of {@code commitment-review.bpmn} computed from the due date. */
    public static final String REMINDER_TIMER = "Timer_CommitmentDueSoon";
    public static final String OVERDUE_TIMER = "Timer_CommitmentOverdue";
    static final int MIN_REASONS = 20;
    static final int MAX_REASONS = 4000;
    /** Reviews, reminders and escalations fall at the start of the working day. */
    private static final LocalTime MORNING = LocalTime.of(9, 0);
    private static final Set<String> CLOSED = Set.of(Commitment.DELIVERED, Commitment.NOT_DELIVERED,
            CommitmentHistory.WITHDRAWN);

    private final CommitmentService commitments;
    private final CommitmentRepository repository;
    private final CommitmentHistory history;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final AuditLog audit;
    private final WorkflowPort workflow;
    private final Clock clock;

    CommitmentLifecycle(CommitmentService commitments, CommitmentRepository repository, CommitmentHistory history,
                        ConsultationService consultations, Memberships memberships, AuditLog audit,
                        WorkflowPort workflow, Clock clock) {
        this.commitments = commitments;
        this.repository = repository;
        this.history = history;
        this.consultations = consultations;
        this.memberships = memberships;
        this.audit = audit;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Delivered, not delivered or withdrawn: nothing more happens to it. */
    public static boolean isClosed(Commitment commitment) {
        return CLOSED.contains(commitment.status());
    }

    /** Published and still open: the team may report its delivery or withdraw it. */
    public static boolean isOpenForTheTeam(Commitment commitment) {
        return commitment.processInstanceId() != null && !isClosed(commitment);
    }

    /** The team withdraws a published commitment, with reasons; its review process ends. */
    @Transactional
    public void withdraw(SignedInUser officer, long commitmentId, String reasons) {
        Commitment commitment = commitments.get(commitmentId);
        if (!memberships.isOnTeam(commitment.consultationId(), officer.userId()) || !officer.hasRole(Roles.OFFICER)) {
            throw new AccessDeniedException(officer.userId() + " is not on this consultation's team");
        }
        String text = reasons == null ? "" : reasons.strip();
        if (text.length() < MIN_REASONS || text.length() > MAX_REASONS) {
            throw new InvalidInputException(FieldProblem.of("reasons", "commitment.withdraw.reasonsRequired",
                    MIN_REASONS, MAX_REASONS));
        }
        if (!isOpenForTheTeam(commitment)) {
            throw new InvalidInputException(FieldProblem.of("reasons", "commitment.withdraw.notOpen"));
        }
        repository.status(commitmentId, CommitmentHistory.WITHDRAWN);
        history.record(commitmentId, CommitmentHistory.WITHDRAWN, commitment.status(), CommitmentHistory.WITHDRAWN,
                text, officer.userId(), clock.instant());
        audit.record(officer.userId(), commitment.consultationId(), "commitment.withdrawn",
                "commitment:" + commitmentId, Map.of("reasons", text));
        workflow.correlate(COMMITMENT_WITHDRAWN, commitment.processInstanceId());
        commitments.updatedIfStatusMoved(commitment);
    }

    /**
     * The sponsor gives a commitment more time: a later due date and the reason. An overdue commitment is open again;
     * the reminder and overdue timers waiting in its review process move to the new date.
     */
    @Transactional
    public Commitment extendDueDate(SignedInUser sponsor, long commitmentId, LocalDate newDueOn, String reason) {
        Commitment commitment = commitments.get(commitmentId);
        if (!memberships.holds(commitment.consultationId(), sponsor.userId(), MemberRole.SPONSOR)) {
            throw new AccessDeniedException("Only the consultation's sponsor extends its commitments");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (newDueOn == null) {
            problems.add(FieldProblem.of("newDueOn", "commitment.extend.dueOn.required"));
        } else if (!newDueOn.isAfter(commitment.dueOn())) {
            problems.add(FieldProblem.of("newDueOn", "commitment.extend.dueOn.later",
                    CouncilTime.date(commitment.dueOn(), Locale.UK)));
        } else if (!newDueOn.isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()))) {
            problems.add(FieldProblem.of("newDueOn", "commitment.dueOn.future"));
        }
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN_REASONS || text.length() > MAX_REASONS) {
            problems.add(FieldProblem.of("extensionReason", "commitment.extend.reasonRequired", MIN_REASONS,
                    MAX_REASONS));
        }
        if (isClosed(commitment)) {
            problems.add(FieldProblem.of("newDueOn", "commitment.extend.closed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        history.dueOn(commitmentId, newDueOn);
        if (Commitment.OVERDUE.equals(commitment.status())) {
            repository.status(commitmentId, Commitment.OPEN);
        }
        history.record(commitmentId, CommitmentHistory.DUE_DATE_EXTENDED, commitment.dueOn().toString(),
                newDueOn.toString(), text, sponsor.userId(), clock.instant());
        audit.record(sponsor.userId(), commitment.consultationId(), "commitment.extended",
                "commitment:" + commitmentId, Map.of("from", commitment.dueOn().toString(),
                        "to", newDueOn.toString(), "reason", text));
        Commitment extended = commitments.get(commitmentId);
        commitments.updated(commitmentId, CommitmentUpdated.DUE_DATE);
        if (extended.processInstanceId() != null) {
            workflow.retimeTimer(extended.processInstanceId(), OVERDUE_TIMER, dueAt(extended));
            workflow.retimeTimer(extended.processInstanceId(), REMINDER_TIMER, reminderAt(extended));
        }
        return extended;
    }

    /** When a commitment is overdue: the morning after its due date. */
    public Instant dueAt(Commitment commitment) {
        return commitment.dueOn().plusDays(1).atTime(MORNING).atZone(clock.getZone()).toInstant();
    }

    /** When the team is reminded: the consultation's reminder lead before the due date. */
    public Instant reminderAt(Commitment commitment) {
        int lead = consultations.get(commitment.consultationId()).reminderLeadDays();
        return commitment.dueOn().minusDays(lead).atTime(MORNING).atZone(clock.getZone()).toInstant();
    }

    /**
     * How a work item names its commitment (BPMN task names, so inboxes show it): the description, shortened, its
     * owner and due date, e.g. {@code “Light the path to the station” (Head of Highways, due 6 March 2027)}.
     */
    @Transactional(readOnly = true)
    public String label(long commitmentId) {
        Commitment commitment = commitments.get(commitmentId);
        return "“" + shorten(commitment.description(), 100) + "” (" + shorten(commitment.ownerName(), 40) + ", due "
                + CouncilTime.date(commitment.dueOn(), Locale.UK) + ")";
    }

    private static String shorten(String text, int max) {
        String plain = text.strip().replaceAll("\\s+", " ");
        return plain.length() <= max ? plain : plain.substring(0, max - 1).strip() + "…";
    }
}
