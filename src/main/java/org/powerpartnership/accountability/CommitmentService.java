package org.powerpartnership.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.DomainEvents;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's response and its commitments: what the team promises (owner, due date), progress and delivery
 * reports, the panel's reviews and checks, and the escalations when a commitment slips. A strategy that sits on
 * a shelf shows up here as overdue.
 */
@Service
public class CommitmentService {

    public static final String COMMITMENT_DELIVERED = "CommitmentDelivered";

    private final CommitmentRepository repository;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final Escalations escalations;
    private final AuditLog audit;
    private final WorkflowPort workflow;
    private final DomainEvents events;
    private final Clock clock;

    CommitmentService(CommitmentRepository repository, ConsultationService consultations, Memberships memberships,
                      Escalations escalations, AuditLog audit, WorkflowPort workflow, DomainEvents events,
                      Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.memberships = memberships;
        this.escalations = escalations;
        this.audit = audit;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The team reports progress, or delivery, which the panel then checks. A second delivery claim while the panel
     * is still checking the first is kept as a report but starts no second check.
     */
    @Transactional
    public void reportProgress(SignedInUser officer, long commitmentId, String progress, boolean delivered) {
        Commitment commitment = get(commitmentId);
        requireTeam(officer, commitment.consultationId());
        if (progress == null || progress.strip().length() < 20) {
            throw new InvalidInputException(FieldProblem.of("progress", "form.minLength", 20));
        }
        if (CommitmentLifecycle.isClosed(commitment)) {
            throw new InvalidInputException(FieldProblem.of("progress", "commitment.closed"));
        }
        repository.insertReview(commitmentId, "PROGRESS", delivered ? "delivered" : "reported", progress.strip(),
                officer.userId(), clock.instant());
        audit.record(officer.userId(), commitment.consultationId(), "commitment.progress", "commitment:" + commitmentId,
                Map.of("progress", progress.strip(), "delivered", delivered));
        if (delivered && !Commitment.DELIVERY_REPORTED.equals(commitment.status())) {
            repository.status(commitmentId, Commitment.DELIVERY_REPORTED);
            if (commitment.processInstanceId() != null) {
                workflow.correlate(COMMITMENT_DELIVERED, commitment.processInstanceId());
            }
        }
        updated(commitmentId, CommitmentUpdated.PROGRESS);
    }

    /** A scheduled panel review; reasons are required unless it is on track. Off track goes to the sponsor. */
    @Transactional
    public void review(SignedInUser member, long commitmentId, String judgement, String reasons) {
        Commitment commitment = get(commitmentId);
        requirePanel(member, commitment.consultationId());
        if (!List.of("on_track", "at_risk", "off_track").contains(judgement)) {
            throw new InvalidInputException(FieldProblem.of("judgement", "form.notAnOption"));
        }
        if (!"on_track".equals(judgement) && (reasons == null || reasons.strip().length() < 20)) {
            throw new InvalidInputException(FieldProblem.of("reasons", "commitment.review.reasonsRequired", 20));
        }
        repository.insertReview(commitmentId, "SCHEDULED", judgement, reasons == null ? null : reasons.strip(),
                member.userId(), clock.instant());
        if (!CommitmentLifecycle.isClosed(commitment) && !Commitment.OVERDUE.equals(commitment.status())
                && !Commitment.DELIVERY_REPORTED.equals(commitment.status())) {
            repository.status(commitmentId, judgement.toUpperCase(java.util.Locale.ROOT));
        }
        audit.record(member.userId(), commitment.consultationId(), "commitment.reviewed", "commitment:" + commitmentId,
                Map.of("judgement", judgement));
        updatedIfStatusMoved(commitment);
        if ("off_track".equals(judgement)) {
            escalations.raise(commitment.consultationId(), Escalation.COMMITMENT_OFF_TRACK, commitment.description(),
                    String.valueOf(commitmentId));
        }
    }

    /**
     * The panel checks a reported delivery: confirmed, or not (with reasons); then the commitment is open again, or
     * overdue when its due date has passed, and its reviews and timers simply go on.
     */
    @Transactional
    public boolean checkDelivery(SignedInUser member, long commitmentId, boolean confirmed, String reasons) {
        Commitment commitment = get(commitmentId);
        requirePanel(member, commitment.consultationId());
        if (!confirmed && (reasons == null || reasons.strip().length() < 20)) {
            throw new InvalidInputException(FieldProblem.of("reasons", "commitment.check.reasonsRequired", 20));
        }
        repository.insertReview(commitmentId, "DELIVERY_CHECK", confirmed ? "yes" : "no",
                reasons == null ? null : reasons.strip(), member.userId(), clock.instant());
        if (confirmed) {
            repository.delivered(commitmentId, clock.instant());
        } else {
            repository.status(commitmentId, commitment.dueOn().isBefore(today()) ? Commitment.OVERDUE : Commitment.OPEN);
        }
        audit.record(member.userId(), commitment.consultationId(), "commitment.checked", "commitment:" + commitmentId,
                Map.of("confirmed", confirmed));
        updatedIfStatusMoved(commitment);
        return confirmed;
    }

    /** The due date has passed undelivered: overdue (unless a delivery is being checked), and the sponsor told. */
    @Transactional
    public void markOverdue(long commitmentId) {
        Commitment commitment = get(commitmentId);
        if (CommitmentLifecycle.isClosed(commitment)) {
            return;
        }
        if (!Commitment.DELIVERY_REPORTED.equals(commitment.status())) {
            repository.status(commitmentId, Commitment.OVERDUE);
        }
        audit.record(AuditLog.SYSTEM, commitment.consultationId(), "commitment.overdue", "commitment:" + commitmentId,
                Map.of("dueOn", commitment.dueOn().toString()));
        updatedIfStatusMoved(commitment);
        escalations.raise(commitment.consultationId(), Escalation.COMMITMENT_OVERDUE, commitment.description(),
                String.valueOf(commitmentId));
    }

    /**
     * Reviews done, the due date passed and the sponsor answered without more time: not delivered. Never before the
     * due date.
     */
    @Transactional
    public void scheduleEnded(long commitmentId) {
        Commitment commitment = get(commitmentId);
        if (!CommitmentLifecycle.isClosed(commitment) && commitment.dueOn().isBefore(today())) {
            repository.status(commitmentId, Commitment.NOT_DELIVERED);
            audit.record(AuditLog.SYSTEM, commitment.consultationId(), "commitment.notDelivered",
                    "commitment:" + commitmentId, Map.of());
            updatedIfStatusMoved(commitment);
        }
    }

    /** The sponsor answers an escalation about a commitment; the answer is published. */
    @Transactional
    public void sponsorResponds(SignedInUser sponsor, long commitmentId, String kind, String response) {
        Commitment commitment = get(commitmentId);
        if (!memberships.holds(commitment.consultationId(), sponsor.userId(), MemberRole.SPONSOR)) {
            throw new AccessDeniedException("Only the consultation's sponsor answers its escalations");
        }
        escalations.resolve(commitment.consultationId(), kind, String.valueOf(commitmentId), sponsor.userId(), response);
    }

    /** Tells whoever follows the consultation that the commitment changed (after this transaction commits). */
    void updated(long commitmentId, String change) {
        events.publish(CommitmentUpdated.of(get(commitmentId), change, clock.instant()));
    }

    /** As {@link #updated}, for a status change, only when the status did move from what it was before. */
    void updatedIfStatusMoved(Commitment before) {
        Commitment after = get(before.id());
        if (!after.status().equals(before.status())) {
            events.publish(CommitmentUpdated.of(after, CommitmentUpdated.STATUS, clock.instant()));
        }
    }

    @Transactional
    public void started(long commitmentId, String processInstanceId) {
        repository.processInstance(commitmentId, processInstanceId);
    }

    @Transactional(readOnly = true)
    public Commitment get(long commitmentId) {
        return repository.find(commitmentId)
                .orElseThrow(() -> new IllegalArgumentException("No commitment " + commitmentId));
    }

    @Transactional(readOnly = true)
    public List<Commitment> of(long consultationId) {
        return repository.of(consultationId);
    }

    @Transactional(readOnly = true)
    public List<CommitmentReview> reviewsOf(long commitmentId) {
        return repository.reviews(commitmentId);
    }

    @Transactional(readOnly = true)
    public Optional<CouncilResponse> responseOf(long consultationId) {
        return repository.response(consultationId);
    }

    /** When the panel reviews a commitment: months after the response was published, in the consultation's plan. */
    @Transactional(readOnly = true)
    public List<LocalDate> reviewDates(long commitmentId) {
        Commitment commitment = get(commitmentId);
        Consultation consultation = consultations.get(commitment.consultationId());
        LocalDate base = responseOf(consultation.id()).map(r -> r.publishedAt()).orElse(commitment.createdAt())
                .atZone(clock.getZone()).toLocalDate();
        List<LocalDate> dates = new ArrayList<>();
        for (String months : consultation.reviewMonths().split(",")) {
            dates.add(base.plusMonths(Integer.parseInt(months.strip())));
        }
        return dates;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private void requireTeam(SignedInUser user, long consultationId) {
        if (!memberships.isOnTeam(consultationId, user.userId()) || !user.hasRole(Roles.OFFICER)) {
            throw new AccessDeniedException(user.userId() + " is not on this consultation's team");
        }
    }

    private void requirePanel(SignedInUser user, long consultationId) {
        if (!memberships.holds(consultationId, user.userId(), MemberRole.PANEL)) {
            throw new AccessDeniedException(user.userId() + " is not on this consultation's panel");
        }
    }
}
