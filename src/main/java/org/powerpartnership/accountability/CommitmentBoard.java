package org.powerpartnership.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's commitments as the people who watch them see them: owner, due date, status, the team's progress
 * reports, the panel's reviews and the dates of the ones still to come, overdue ones marked, and the reader's own
 * open work on each (a scheduled review, a delivery check, a sponsor's response).
 */
@Service
public class CommitmentBoard {

    private final CommitmentService commitments;
    private final ConsultationService consultations;
    private final StageReviews reviews;
    private final AccountabilityWork work;
    private final CommitmentHistory changes;
    private final Memberships memberships;
    private final Clock clock;

    CommitmentBoard(CommitmentService commitments, ConsultationService consultations, StageReviews reviews,
                    AccountabilityWork work, CommitmentHistory changes, Memberships memberships, Clock clock) {
        this.commitments = commitments;
        this.changes = changes;
        this.memberships = memberships;
        this.consultations = consultations;
        this.reviews = reviews;
        this.work = work;
        this.clock = clock;
    }

    /** The commitments of one consultation. */
    public record Group(String consultationRef, String consultationTitle, List<Item> commitments) {
    }

    /**
     * One commitment and its history.
     *
     * @param overdue    past its due date and not delivered
     * @param upcoming   scheduled panel reviews still to come
     * @param openTasks  the reader's open work items about it
     * @param changes    its due date extended, or its withdrawal, with the reasons
     * @param teamMayAct the reader is on the team and it is published and open: they may report its delivery or
     *                   withdraw it
     */
    public record Item(Commitment commitment, boolean overdue, List<Look> history, List<LocalDate> upcoming,
                       List<WorkItem> openTasks, List<CommitmentEvent> changes, boolean teamMayAct) {

        public Optional<CommitmentEvent> withdrawal() {
            return changes.stream().filter(CommitmentEvent::isWithdrawal).reduce((first, last) -> last);
        }
    }

    /** A review, progress report or delivery check, with who made it. */
    public record Look(CommitmentReview review, String by) {
    }

    /**
     * Published commitments of every consultation the reader is part of (all, for admins); those with work for them
     * first.
     */
    @Transactional(readOnly = true)
    public List<Group> boardFor(SignedInUser reader) {
        Map<Long, List<WorkItem>> tasks = work.commitmentTasks(reader);
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        List<Group> groups = new ArrayList<>();
        for (Consultation consultation : consultations.visibleTo(reader)) {
            List<Item> items = new ArrayList<>();
            boolean team = reader.hasRole(Roles.OFFICER) && memberships.isOnTeam(consultation.id(), reader.userId());
            // a draft response's commitments belong to its editor until the panel signs the response off
            List<Commitment> published = commitments.responseOf(consultation.id()).isPresent()
                    ? commitments.of(consultation.id()) : List.of();
            for (Commitment commitment : published) {
                items.add(item(commitment, today, tasks.getOrDefault(commitment.id(), List.of()), team));
            }
            if (!items.isEmpty()) {
                groups.add(new Group(consultation.ref(), consultation.title(), items));
            }
        }
        groups.sort((a, b) -> Boolean.compare(hasWork(b), hasWork(a)));
        return groups;
    }

    /** One commitment as the reader sees it, if it is theirs to see. */
    @Transactional(readOnly = true)
    public Optional<Item> itemFor(SignedInUser reader, long commitmentId) {
        return boardFor(reader).stream().flatMap(group -> group.commitments().stream())
                .filter(item -> item.commitment().id() == commitmentId).findFirst();
    }

    private Item item(Commitment commitment, LocalDate today, List<WorkItem> tasks, boolean team) {
        List<Look> history = commitments.reviewsOf(commitment.id()).stream()
                .map(review -> new Look(review, reviews.nameOf(review.reviewedBy()))).toList();
        List<LocalDate> upcoming = CommitmentLifecycle.isClosed(commitment)
                ? List.of()
                : commitments.reviewDates(commitment.id()).stream().filter(date -> date.isAfter(today)).toList();
        return new Item(commitment, isOverdue(commitment, today), history, upcoming, tasks,
                changes.of(commitment.id()), team && CommitmentLifecycle.isOpenForTheTeam(commitment));
    }

    static boolean isOverdue(Commitment commitment, LocalDate today) {
        return Commitment.OVERDUE.equals(commitment.status())
                || (!CommitmentLifecycle.isClosed(commitment) && commitment.dueOn().isBefore(today));
    }

    /** Who made a change, as the board shows people. */
    public String nameOf(String userId) {
        return reviews.nameOf(userId);
    }

    private static boolean hasWork(Group group) {
        return group.commitments().stream().anyMatch(item -> !item.openTasks().isEmpty());
    }
}
