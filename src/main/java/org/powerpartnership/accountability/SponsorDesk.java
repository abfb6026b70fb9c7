package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for a sponsor: escalations of their consultations (a sign-off past its deadline, an overdue or
 * off-track commitment, overdue work), each with its history and the work item that answers it. The answer is
 * published on the accountability record.
 */
@Service
public class SponsorDesk {

    static final int MIN_RESPONSE = 20;
    static final int MAX_RESPONSE = 4000;

    private final Escalations escalations;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final SignOffService signOff;
    private final CommitmentService commitments;
    private final StageReviews reviews;
    private final AccountabilityWork work;
    private final CommitmentHistory changes;

    SponsorDesk(Escalations escalations, ConsultationService consultations, Memberships memberships,
                SignOffService signOff, CommitmentService commitments, StageReviews reviews, AccountabilityWork work,
                CommitmentHistory changes) {
        this.changes = changes;
        this.escalations = escalations;
        this.consultations = consultations;
        this.memberships = memberships;
        this.signOff = signOff;
        this.commitments = commitments;
        this.reviews = reviews;
        this.work = work;
    }

    /**
     * An escalation with what led to it.
     *
     * @param task the sponsor's work item that answers it (its form decides what happens next), or null when the
     *             answer is a published response alone
     */
    public record Case(Escalation escalation, String consultationRef, String consultationTitle, List<Event> history,
                       WorkItem task) {
    }

    /**
     * One thing that happened on the way to an escalation.
     *
     * @param what  gate.opened, gate.closed, gate.extended, vote, commitment.added, review.SCHEDULED,
     *              review.PROGRESS, review.DELIVERY_CHECK, commitment.extended, commitment.withdrawn,
     *              escalation.raised or escalation.answered
     * @param value a stage key, outcome, decision or judgement; for commitment.extended "old date/new date"
     * @param text  reasons, a note or a response
     */
    public record Event(Instant at, String what, String value, String text, String by) {
    }

    /** Open escalations of the sponsor's consultations, the oldest first. */
    @Transactional(readOnly = true)
    public List<Case> open(SignedInUser sponsor) {
        requireSponsor(sponsor);
        Map<Long, WorkItem> gateTasks = work.stalledGateTasks(sponsor);
        Map<Long, List<WorkItem>> commitmentTasks = work.commitmentTasks(sponsor);
        List<Case> cases = new ArrayList<>();
        for (Escalation escalation : escalations.openFor(sponsor.userId())) {
            cases.add(caseOf(escalation, task(escalation, gateTasks, commitmentTasks)));
        }
        return cases;
    }

    /** Escalations of the sponsor's consultations that have been answered, the latest first. */
    @Transactional(readOnly = true)
    public List<Case> answered(SignedInUser sponsor) {
        requireSponsor(sponsor);
        List<Case> cases = new ArrayList<>();
        for (Consultation consultation : consultations.visibleTo(sponsor)) {
            if (!memberships.holds(consultation.id(), sponsor.userId(), MemberRole.SPONSOR)) {
                continue;
            }
            escalations.of(consultation.id()).stream().filter(e -> !e.isOpen())
                    .forEach(e -> cases.add(caseOf(e, null)));
        }
        cases.sort(Comparator.comparing((Case c) -> c.escalation().resolvedAt()).reversed());
        return cases;
    }

    /**
     * The sponsor answers an escalation that has no work item of its own (overdue work): the answer is published.
     * Escalations with a work item are answered by completing it.
     */
    @Transactional
    public void respond(SignedInUser sponsor, long escalationId, String response) {
        requireSponsor(sponsor);
        Escalation escalation = escalations.openFor(sponsor.userId()).stream()
                .filter(e -> e.id() == escalationId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("No open escalation " + escalationId + " for "
                        + sponsor.userId()));
        String text = response == null ? "" : response.strip();
        if (text.length() < MIN_RESPONSE || text.length() > MAX_RESPONSE) {
            throw new InvalidInputException(FieldProblem.of("response", "sponsor.response.length", MIN_RESPONSE,
                    MAX_RESPONSE));
        }
        escalations.resolve(escalation.consultationId(), escalation.kind(), escalation.subjectId(),
                sponsor.userId(), text);
    }

    private Case caseOf(Escalation escalation, WorkItem task) {
        Consultation consultation = consultations.get(escalation.consultationId());
        List<Event> history = new ArrayList<>(switch (escalation.kind()) {
            case Escalation.GATE_DEADLINE -> gateHistory(escalation);
            case Escalation.COMMITMENT_OVERDUE, Escalation.COMMITMENT_OFF_TRACK -> commitmentHistory(escalation);
            default -> List.<Event>of();
        });
        history.add(new Event(escalation.raisedAt(), "escalation.raised", escalation.kind(), escalation.subject(),
                null));
        if (!escalation.isOpen()) {
            history.add(new Event(escalation.resolvedAt(), "escalation.answered", escalation.kind(),
                    escalation.response(), reviews.nameOf(escalation.resolvedBy())));
        }
        history.sort(Comparator.comparing(Event::at));
        return new Case(escalation, consultation.ref(), consultation.title(), List.copyOf(history), task);
    }

    private List<Event> gateHistory(Escalation escalation) {
        Optional<Gate> gate = idOf(escalation).flatMap(id -> signOff.gatesOf(escalation.consultationId()).stream()
                .filter(candidate -> candidate.id() == id).findFirst());
        if (gate.isEmpty()) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        for (Gate round : signOff.gatesOf(gate.get().consultationId())) {
            if (round.stage() != gate.get().stage() || round.round() > gate.get().round()) {
                continue;
            }
            events.add(new Event(round.openedAt(), "gate.opened", round.stage().name(),
                    String.valueOf(round.round()), null));
            for (Vote vote : signOff.votes(round.id())) {
                events.add(new Event(vote.changedAt() == null ? vote.castAt() : vote.changedAt(), "vote",
                        vote.decision(), vote.reasons(), reviews.nameOf(vote.voterId())));
            }
            if (round.closedAt() != null) {
                events.add(new Event(round.closedAt(), "gate.closed", round.outcome(), round.sponsorNote(), null));
            }
            if (round.answeredAt() != null) {
                events.add(new Event(round.answeredAt(), "gate.answered", round.stage().name(), round.teamAnswer(),
                        reviews.nameOf(round.answeredBy())));
            }
        }
        return events;
    }

    private List<Event> commitmentHistory(Escalation escalation) {
        Optional<Commitment> commitment = idOf(escalation).flatMap(id -> commitments.of(escalation.consultationId())
                .stream().filter(candidate -> candidate.id() == id).findFirst());
        if (commitment.isEmpty()) {
            return List.of();
        }
        List<Event> events = new ArrayList<>();
        Commitment c = commitment.get();
        events.add(new Event(c.createdAt(), "commitment.added", c.dueOn().toString(), c.description(), c.ownerName()));
        for (CommitmentReview review : commitments.reviewsOf(c.id())) {
            events.add(new Event(review.reviewedAt(), "review." + review.kind(), review.judgement(), review.reasons(),
                    reviews.nameOf(review.reviewedBy())));
        }
        for (CommitmentEvent change : changes.of(c.id())) {
            events.add(change.isWithdrawal()
                    ? new Event(change.recordedAt(), "commitment.withdrawn", null, change.reasons(),
                    reviews.nameOf(change.recordedBy()))
                    : new Event(change.recordedAt(), "commitment.extended", change.oldValue() + "/" + change.newValue(),
                    change.reasons(), reviews.nameOf(change.recordedBy())));
        }
        return events;
    }

    private WorkItem task(Escalation escalation, Map<Long, WorkItem> gateTasks,
                          Map<Long, List<WorkItem>> commitmentTasks) {
        Optional<Long> id = idOf(escalation);
        if (id.isEmpty()) {
            return null;
        }
        return switch (escalation.kind()) {
            case Escalation.GATE_DEADLINE -> gateTasks.get(id.get());
            // The commitment's own answer task of the same kind: an overdue escalation is never answered by the
            // off-track task of the same commitment, nor by any task of another commitment.
            case Escalation.COMMITMENT_OVERDUE, Escalation.COMMITMENT_OFF_TRACK ->
                    commitmentTasks.getOrDefault(id.get(), List.of()).stream()
                            .filter(item -> AccountabilityWork.SPONSOR_RESPONSE_FORM.equals(item.formRef()))
                            .filter(item -> answerTaskOf(escalation.kind()).equals(item.taskKey()))
                            .findFirst().orElse(null);
            default -> null;
        };
    }

    private static String answerTaskOf(String kind) {
        return Escalation.COMMITMENT_OFF_TRACK.equals(kind) ? "Task_RespondToOffTrackCommitment"
                : "Task_RespondToOverdueCommitment";
    }

    private static Optional<Long> idOf(Escalation escalation) {
        try {
            return Optional.of(Long.parseLong(escalation.subjectId()));
        } catch (NumberFormatException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }

    private static void requireSponsor(SignedInUser sponsor) {
        if (!sponsor.hasRole(Roles.SPONSOR)) {
            throw new AccessDeniedException(sponsor.userId() + " is not a sponsor");
        }
    }
}
