package org.powerpartnership.accountability;

import java.time.Instant;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.PeopleSearch;
import org.powerpartnership.shared.DomainEvents;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enough voters, always: the panel proposed at launch is confirmed by the sponsor (or an admin); the sponsor keeps a
 * reserve list and appoints substitutes from it, with reasons; a member may step down. Every change is audited and
 * kept for the public record. Nobody on the consultation's team is ever on its panel or its reserve.
 */
@Service
public class PanelRoster {

    static final int MIN_REASON = 10;
    static final int MAX_REASON = 2000;

    private final PanelChangeRepository repository;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final AccountService accounts;
    private final PeopleSearch people;
    private final GateVoters gateVoters;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    PanelRoster(PanelChangeRepository repository, ConsultationService consultations, Memberships memberships,
                AccountService accounts, PeopleSearch people, GateVoters gateVoters, AuditLog audit,
                DomainEvents events, Clock clock) {
        this.repository = repository;
        this.consultations = consultations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.people = people;
        this.gateVoters = gateVoters;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the sponsor (or an admin) has confirmed the panel proposed at launch. */
    @Transactional(readOnly = true)
    public boolean isConfirmed(long consultationId) {
        return repository.confirmed(consultationId);
    }

    @Transactional(readOnly = true)
    public List<String> panel(long consultationId) {
        return memberships.userIds(consultationId, MemberRole.PANEL);
    }

    @Transactional(readOnly = true)
    public List<String> reserve(long consultationId) {
        return repository.reserve(consultationId);
    }

    /** Every change of the panel after launch, oldest first: public. */
    @Transactional(readOnly = true)
    public List<PanelChange> changes(long consultationId) {
        return repository.changes(consultationId);
    }

    /**
     * People who could join the reserve, a page at a time (the picker asks as the sponsor types): panel-role
     * holders whose name or address contains the filter, not on the team, the panel or the reserve already.
     */
    @Transactional(readOnly = true)
    public List<SignedInUser> reserveCandidates(long consultationId, String filter, int offset, int limit) {
        return people.holdersOf(Roles.PANEL, filter, offset, limit).stream()
                .filter(person -> !memberships.isOnTeam(consultationId, person.userId()))
                .filter(person -> !memberships.holds(consultationId, person.userId(), MemberRole.PANEL))
                .filter(person -> !repository.inReserve(consultationId, person.userId()))
                .toList();
    }

    /** The sponsor (or an admin) confirms the panel proposed at launch; once, audited, public. */
    @Transactional
    public void confirm(SignedInUser sponsor, long consultationId) {
        Consultation consultation = requireSponsorOrAdmin(sponsor, consultationId);
        if (repository.confirmed(consultationId)) {
            return; // a double submit confirms once
        }
        repository.record(consultationId, PanelChange.CONFIRMED, null, null, sponsor.userId(), clock.instant());
        audit.record(sponsor.userId(), consultationId, "panel.confirmed", "consultation:" + consultation.ref(),
                Map.of("members", panel(consultationId)));
    }

    @Transactional
    public void addToReserve(SignedInUser sponsor, long consultationId, String userId) {
        Consultation consultation = requireSponsorOrAdmin(sponsor, consultationId);
        if (userId == null || userId.isBlank()) {
            throw new InvalidInputException(FieldProblem.of("person", "panel.reserve.required"));
        }
        requireIndependentPanelMember(consultationId, userId, "person");
        if (repository.inReserve(consultationId, userId)) {
            return;
        }
        repository.addToReserve(consultationId, userId, sponsor.userId(), clock.instant());
        audit.record(sponsor.userId(), consultationId, "panel.reserveAdded", "consultation:" + consultation.ref(),
                Map.of("person", userId));
    }

    @Transactional
    public void removeFromReserve(SignedInUser sponsor, long consultationId, String userId) {
        Consultation consultation = requireSponsorOrAdmin(sponsor, consultationId);
        if (repository.removeFromReserve(consultationId, userId) > 0) {
            audit.record(sponsor.userId(), consultationId, "panel.reserveRemoved",
                    "consultation:" + consultation.ref(), Map.of("person", userId));
        }
    }

    /**
     * The sponsor (or an admin) appoints a substitute from the reserve list, with a reason on the record. While the
     * panel votes on a stage, the substitute gets a vote task on it at once.
     */
    @Transactional
    public void appointSubstitute(SignedInUser sponsor, long consultationId, String userId, String reason) {
        Consultation consultation = requireSponsorOrAdmin(sponsor, consultationId);
        String cleanReason = reason == null ? "" : reason.strip();
        if (userId == null || !repository.inReserve(consultationId, userId)) {
            throw new InvalidInputException(FieldProblem.of("substitute", "panel.appoint.notInReserve"));
        }
        requireIndependentPanelMember(consultationId, userId, "substitute");
        requireReason(cleanReason, "reason");
        Instant now = clock.instant();
        repository.removeFromReserve(consultationId, userId);
        memberships.add(consultationId, consultation.ref(), userId, MemberRole.PANEL);
        repository.record(consultationId, PanelChange.APPOINTED, userId, cleanReason, sponsor.userId(), now);
        audit.record(sponsor.userId(), consultationId, "panel.substituteAppointed",
                "consultation:" + consultation.ref(), Map.of("person", userId, "reason", cleanReason));
        gateVoters.substituteJoined(consultationId, userId);
        events.publish(new SubstituteAppointed(consultationId, userId));
    }

    /**
     * A member steps down from the panel, with a reason on the record. An unfinished vote task of theirs goes, the
     * open gate is recounted; when too few eligible members remain, the sponsor is told to settle the panel.
     */
    @Transactional
    public void stepDown(SignedInUser member, long consultationId, String reason) {
        Consultation consultation = consultations.get(consultationId);
        if (!memberships.holds(consultationId, member.userId(), MemberRole.PANEL)) {
            throw new AccessDeniedException(member.userId() + " is not on the panel of " + consultation.ref());
        }
        String cleanReason = reason == null ? "" : reason.strip();
        requireReason(cleanReason, "reason");
        memberships.remove(consultationId, member.userId(), MemberRole.PANEL);
        repository.record(consultationId, PanelChange.STEPPED_DOWN, member.userId(), cleanReason, member.userId(),
                clock.instant());
        audit.record(member.userId(), consultationId, "panel.steppedDown", "consultation:" + consultation.ref(),
                Map.of("reason", cleanReason));
        gateVoters.memberLeft(consultationId, member.userId());
        boolean panelShort = panel(consultationId).size() < GateVoters.needed(consultation);
        events.publish(new PanelMemberSteppedDown(consultationId, member.userId(), panelShort));
    }

    /** Consultations this person sits on the panel of: where they may step down. */
    @Transactional(readOnly = true)
    public List<Consultation> panelsOf(SignedInUser member) {
        return consultations.visibleTo(member).stream()
                .filter(c -> memberships.holds(c.id(), member.userId(), MemberRole.PANEL)).toList();
    }

    /** Consultations whose panel this person looks after: theirs as sponsor, every active one for an admin. */
    @Transactional(readOnly = true)
    public List<Consultation> lookedAfterBy(SignedInUser sponsor) {
        return consultations.visibleTo(sponsor).stream()
                .filter(c -> Consultation.ACTIVE.equals(c.status()))
                .filter(c -> sponsor.hasRole(Roles.ADMIN)
                        || memberships.holds(c.id(), sponsor.userId(), MemberRole.SPONSOR))
                .toList();
    }

    private void requireIndependentPanelMember(long consultationId, String userId, String field) {
        if (memberships.isOnTeam(consultationId, userId)) {
            throw new InvalidInputException(FieldProblem.of(field, "panel.person.onTeam"));
        }
        if (memberships.holds(consultationId, userId, MemberRole.PANEL)) {
            throw new InvalidInputException(FieldProblem.of(field, "panel.person.onPanel"));
        }
        if (!accounts.rolesOf(userId).contains(Roles.PANEL)) {
            throw new InvalidInputException(FieldProblem.of(field, "panel.person.notPanel"));
        }
    }

    private static void requireReason(String reason, String field) {
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            throw new InvalidInputException(FieldProblem.of(field, "panel.reason.length", MIN_REASON, MAX_REASON));
        }
    }

    /** The consultation, when the user is its sponsor or an admin: who looks after its panel. */
    public Consultation requireSponsorOrAdmin(SignedInUser user, long consultationId) {
        Consultation consultation = consultations.get(consultationId);
        if (!user.hasRole(Roles.ADMIN) && !memberships.holds(consultationId, user.userId(), MemberRole.SPONSOR)) {
            throw new AccessDeniedException(user.userId() + " is not the sponsor of " + consultation.ref());
        }
        return consultation;
    }
}
