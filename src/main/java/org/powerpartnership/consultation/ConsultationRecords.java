package org.powerpartnership.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a consultation's team (and admins) can read about it: the list of their consultations with what is due, and one
 * consultation's whole picture (stages with the panel's decisions, open work, participation, team and panel, partners,
 * audit log). Decisions, figures and partners come from the features that own them, through small read interfaces
 * this module defines, so this module depends on none of them.
 */
@Service
public class ConsultationRecords {

    /** A line of the consultations list. */
    public record Summary(Consultation consultation, int openTasks, int overdueTasks, Instant nextDue,
                          String leadName) {
    }

    /** A person in one capacity of one consultation, with a name people recognise. */
    public record Participant(String userId, String name, MemberRole role, Instant addedAt) {
    }

    /**
     * One of the seven stages as it stands: its record once opened (null before), and every sign-off round.
     */
    public record StageLine(StageKey stage, StageRecord record, List<StageDecisions.Decision> decisions) {

        public boolean opened() {
            return record != null;
        }
    }

    /**
     * Everything the overview shows.
     *
     * @param mayChange whether the reader may change things (a team officer; admins only read)
     * @param names     display names of everyone the overview mentions, by user id
     */
    public record Overview(Consultation consultation, List<StageLine> stages, List<Participant> people,
                           List<WorkItem> openWork, Optional<ParticipationSummaries.Summary> participation,
                           List<PartnerOrganisations.Partner> partners, List<AuditEntry> audit,
                           Map<String, String> names, boolean mayChange, Instant now) {

        public List<Participant> team() {
            return people.stream().filter(p -> p.role().isTeam()).toList();
        }

        public List<Participant> panel() {
            return people.stream().filter(p -> p.role() == MemberRole.PANEL).toList();
        }

        public List<WorkItem> overdueWork() {
            return openWork.stream().filter(item -> item.isOverdue(now)).toList();
        }

        public String nameOf(String userId) {
            return names.getOrDefault(userId, userId);
        }
    }

    private final ConsultationService consultations;
    private final Memberships memberships;
    private final Stages stages;
    private final WorkflowPort workflow;
    private final AuditLog audit;
    private final AccountService accounts;
    private final ObjectProvider<StageDecisions> decisions;
    private final ObjectProvider<ParticipationSummaries> participation;
    private final ObjectProvider<PartnerOrganisations> partners;
    private final Clock clock;

    ConsultationRecords(ConsultationService consultations, Memberships memberships, Stages stages,
                        WorkflowPort workflow, AuditLog audit, AccountService accounts,
                        ObjectProvider<StageDecisions> decisions, ObjectProvider<ParticipationSummaries> participation,
                        ObjectProvider<PartnerOrganisations> partners, Clock clock) {
        this.consultations = consultations;
        this.memberships = memberships;
        this.stages = stages;
        this.workflow = workflow;
        this.audit = audit;
        this.accounts = accounts;
        this.decisions = decisions;
        this.participation = participation;
        this.partners = partners;
        this.clock = clock;
    }

    /** The consultations the person works on as one of the team (admins: all), with what is open and due. */
    @Transactional(readOnly = true)
    public List<Summary> listFor(SignedInUser user) {
        Instant now = clock.instant();
        Map<String, String> names = new HashMap<>();
        List<Summary> lines = new ArrayList<>();
        for (Consultation consultation : consultations.teamConsultationsOf(user)) {
            List<WorkItem> open = workflow.openWorkItemsForConsultation(consultation.id());
            Instant nextDue = open.stream().map(WorkItem::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder())
                    .orElse(null);
            String lead = memberships.userIds(consultation.id(), MemberRole.LEAD).stream().findFirst()
                    .map(id -> name(id, names)).orElse("");
            lines.add(new Summary(consultation, open.size(), (int) open.stream().filter(i -> i.isOverdue(now)).count(),
                    nextDue, lead));
        }
        return lines;
    }

    /** One consultation's whole picture, for its team and admins; refused to anyone else. */
    @Transactional(readOnly = true)
    public Overview overview(SignedInUser user, long consultationId) {
        Consultation consultation = consultations.forTeam(user, consultationId);
        Map<String, String> names = new HashMap<>();
        List<StageDecisions.Decision> rounds = decisions.getIfAvailable(() -> StageDecisions.NONE).of(consultationId);
        Map<StageKey, StageRecord> records = new HashMap<>();
        stages.of(consultationId).forEach(record -> records.put(record.stage(), record));
        List<StageLine> lines = StageKey.inOrder().stream()
                .map(stage -> new StageLine(stage, records.get(stage),
                        rounds.stream().filter(d -> d.stage() == stage)
                                .sorted(Comparator.comparingInt(StageDecisions.Decision::round)).toList()))
                .toList();
        rounds.forEach(round -> round.votes().forEach(vote -> name(vote.voterId(), names)));
        List<Participant> people = memberships.of(consultationId).stream()
                .map(m -> new Participant(m.userId(), name(m.userId(), names), m.role(), m.addedAt()))
                .sorted(Comparator.comparing(Participant::role).thenComparing(Participant::name))
                .toList();
        List<WorkItem> open = workflow.openWorkItemsForConsultation(consultationId);
        open.stream().map(WorkItem::assignee).filter(Objects::nonNull).forEach(id -> name(id, names));
        List<AuditEntry> entries = audit.forConsultation(consultationId);
        entries.forEach(entry -> name(entry.actor(), names));
        boolean mayChange = user.hasRole(Roles.OFFICER) && consultations.isOnTeam(consultationId, user.userId())
                && Consultation.ACTIVE.equals(consultation.status());
        return new Overview(consultation, lines, people, open,
                participation.getIfAvailable(() -> ParticipationSummaries.NONE).of(consultationId),
                partners.getIfAvailable(() -> PartnerOrganisations.NONE).partnersOf(consultationId), entries,
                Map.copyOf(names), mayChange, clock.instant());
    }

    /** Display names for user ids, for screens that list people (an unknown id reads as itself). */
    @Transactional(readOnly = true)
    public String nameOf(String userId) {
        return name(userId, new HashMap<>());
    }

    private String name(String userId, Map<String, String> cache) {
        if (userId == null) {
            return "";
        }
        return cache.computeIfAbsent(userId, id -> AuditLog.SYSTEM.equals(id) ? id
                : accounts.person(id).map(Person::displayName).orElse(id));
    }
}
