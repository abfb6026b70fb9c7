package org.powerpartnership.accountability;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A panel member's sign-offs across their consultations: the open gates first (soonest deadline), then recent ones. */
@Service
public class SignOffQueue {

    static final int RECENT = 5;

    private final SignOffService signOff;
    private final StageReviews reviews;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final AccountabilityWork work;

    SignOffQueue(SignOffService signOff, StageReviews reviews, ConsultationService consultations,
                 Memberships memberships, AccountabilityWork work) {
        this.signOff = signOff;
        this.reviews = reviews;
        this.consultations = consultations;
        this.memberships = memberships;
        this.work = work;
    }

    /** One gate in the queue: where it stands, how many have voted, and where the member stands. */
    public record Entry(Gate gate, String consultationRef, String consultationTitle, Tally tally,
                        StageReview.Standing standing) {
    }

    /** Open gates of the member's consultations, the soonest deadline first. */
    @Transactional(readOnly = true)
    public List<Entry> open(SignedInUser member) {
        requirePanel(member);
        Map<Long, WorkItem> tasks = work.voteTasks(member);
        List<Entry> entries = new ArrayList<>();
        for (Gate gate : signOff.openGatesFor(member)) {
            entries.add(entry(member, gate, tasks));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.standing().kind() != StageReview.Standing.Kind.MAY_VOTE)
                .thenComparing(e -> e.gate().deadlineAt()));
        return entries;
    }

    /** Gates of the member's consultations decided most recently. */
    @Transactional(readOnly = true)
    public List<Entry> recentlyDecided(SignedInUser member) {
        requirePanel(member);
        List<Entry> entries = new ArrayList<>();
        for (Consultation consultation : consultations.visibleTo(member)) {
            if (!memberships.holds(consultation.id(), member.userId(), MemberRole.PANEL)) {
                continue;
            }
            for (Gate gate : signOff.gatesOf(consultation.id())) {
                if (!gate.isOpen()) {
                    entries.add(entry(member, gate, Map.of()));
                }
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.gate().closedAt()).reversed());
        return entries.size() > RECENT ? List.copyOf(entries.subList(0, RECENT)) : entries;
    }

    /** The gate a vote work item of this member belongs to (so the vote is cast beside its evidence). */
    @Transactional(readOnly = true)
    public Optional<Long> gateOfVoteTask(SignedInUser member, String taskId) {
        return work.voteTasks(member).entrySet().stream()
                .filter(entry -> entry.getValue().taskId().equals(taskId)).map(Map.Entry::getKey).findFirst();
    }

    private Entry entry(SignedInUser member, Gate gate, Map<Long, WorkItem> tasks) {
        Consultation consultation = consultations.get(gate.consultationId());
        StageReview.Standing standing = tasks.containsKey(gate.id())
                ? new StageReview.Standing(StageReview.Standing.Kind.MAY_VOTE, tasks.get(gate.id()).taskId(), null,
                List.of())
                : reviews.standing(member, gate.id());
        return new Entry(gate, consultation.ref(), consultation.title(), signOff.tally(gate.id()), standing);
    }

    private static void requirePanel(SignedInUser member) {
        if (!member.hasRole(Roles.PANEL)) {
            throw new AccessDeniedException(member.userId() + " is not a panel member");
        }
    }
}
