package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.HearBackRequest;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.ActingOrganisation;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner's place: the consultations their organisation was invited to, each with what the organisation agreed
 * to do and the reach it stated, the partner work waiting (accepting a role, reaching people we are missing), the
 * outreach already reported, and assisted responses for residents who are offline. Only a partner of an invited
 * organisation (a member of the consultation's partner group) sees or does any of it.
 */
@Service
public class PartnerWorkspace {

    static final String ROLE_TASK = "Task_AgreePartnerRole";
    static final String OUTREACH_TASK = "Task_ReachUnderRepresented";
    static final String CO_DESIGN_TASK = "Task_CoDesignAsPartner";
    private static final String ORGANISATION_GROUP = "organisation:";

    private final NetworkService network;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final WorkflowPort workflow;
    private final ParticipationService participation;
    private final ActingFor actingFor;
    private final JdbcClient jdbc;
    private final Clock clock;

    PartnerWorkspace(NetworkService network, ConsultationService consultations, Memberships memberships,
                     WorkflowPort workflow, ParticipationService participation, ActingFor actingFor, JdbcClient jdbc,
                     Clock clock) {
        this.network = network;
        this.consultations = consultations;
        this.memberships = memberships;
        this.workflow = workflow;
        this.participation = participation;
        this.actingFor = actingFor;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One invited consultation as the partner sees it. */
    public record PartnerConsultation(long consultationId, String ref, String title, String summary,
                                      String currentStage, boolean windowOpen, Instant windowClosesAt,
                                      boolean completed, List<Partnership> ourPartnerships,
                                      List<PartnerTask> openTasks, List<OutreachReport> outreach,
                                      int assistedByUs) {
    }

    /**
     * Partner work waiting: a role to accept (for one of their organisations), outreach to do, or their own
     * co-design contribution.
     *
     * @param organisationName the organisation a role task is for; null for outreach and co-design
     */
    public record PartnerTask(String taskId, String name, String taskKey, String organisationName, Instant dueAt) {
    }

    /** Outreach one of their organisations reported during the participation window. */
    public record OutreachReport(Instant reportedAt, String organisationName, String groupsReached,
                                 Integer peopleReached) {
    }

    /** The consultations this partner's organisations were invited to, newest first. */
    @Transactional(readOnly = true)
    public List<PartnerConsultation> consultationsFor(SignedInUser partner) {
        requirePartner(partner);
        Set<Long> ourIds = ourOrganisations(partner);
        List<PartnerConsultation> result = new ArrayList<>();
        for (Consultation consultation : consultations.visibleTo(partner)) {
            if (memberships.holds(consultation.id(), partner.userId(), MemberRole.PARTNER)) {
                result.add(view(consultation, partner, ourIds));
            }
        }
        return result;
    }

    /** One invited consultation; refused for a partner who was not invited. */
    @Transactional(readOnly = true)
    public PartnerConsultation consultationFor(SignedInUser partner, long consultationId) {
        requireInvited(partner, consultationId);
        return view(consultations.get(consultationId), partner, ourOrganisations(partner));
    }

    /**
     * Whether this partner may work on the consultation for the organisation they act for (and so enter assisted
     * responses for it): they are among its partners and that organisation was invited.
     */
    @Transactional(readOnly = true)
    public boolean isInvited(SignedInUser partner, long consultationId) {
        return partner.hasRole(Roles.PARTNER)
                && memberships.holds(consultationId, partner.userId(), MemberRole.PARTNER)
                && actingFor.current(partner.userId())
                .filter(acting -> network.invitedOrganisationIds(consultationId).contains(acting.id())).isPresent();
    }

    /**
     * Outreach the partner reports from the outreach task, recorded for the organisation they act for; refused
     * (beside the groups reached) when that organisation was not invited to the consultation.
     */
    @Transactional
    public void recordOutreach(SignedInUser partner, long consultationId, String groupsReached, Integer peopleReached) {
        requirePartner(partner);
        long organisationId = actingFor.require(partner);
        if (!network.invitedOrganisationIds(consultationId).contains(organisationId)) {
            throw new InvalidInputException(List.of(FieldProblem.of("groupsReached", "partner.outreach.notInvited",
                    network.organisation(organisationId).name())));
        }
        jdbc.sql("insert into partner_outreach (consultation_id, organisation_id, reported_by, reported_at, "
                        + "groups_reached, people_reached) values (?, ?, ?, ?, ?, ?)")
                .params(consultationId, organisationId, partner.userId(), Timestamp.from(clock.instant()),
                        groupsReached, peopleReached)
                .update();
    }

    /**
     * A survey response for a resident who is offline, recorded as assisted by this partner, with the resident's
     * consent. Refused for a partner whose organisation was not invited; the same form sent twice counts once.
     */
    @Transactional
    public long enterAssistedResponse(SignedInUser partner, long consultationId, Map<String, ?> answers,
                                      AssistedResponse assisted) {
        return enterAssistedResponse(partner, consultationId, answers, assisted, HearBackRequest.NONE);
    }

    /** As {@link #enterAssistedResponse(SignedInUser, long, Map, AssistedResponse)}, and how the person hears back. */
    @Transactional
    public long enterAssistedResponse(SignedInUser partner, long consultationId, Map<String, ?> answers,
                                      AssistedResponse assisted, HearBackRequest hearBack) {
        requireInvited(partner, consultationId);
        return participation.respondAssisted(partner, consultationId, answers,
                assisted.forOrganisation(actingFor.require(partner)), hearBack);
    }

    private PartnerConsultation view(Consultation consultation, SignedInUser partner, Set<Long> ourIds) {
        List<Partnership> ours = network.partnersOf(consultation.id()).stream()
                .filter(p -> ourIds.contains(p.organisation().id())).toList();
        String group = Roles.groupOf(Roles.PARTNER, consultation.ref());
        List<PartnerTask> tasks = new ArrayList<>();
        for (WorkItem item : workflow.openWorkItemsForConsultation(consultation.id())) {
            if (isOurs(item, partner, group, ourIds)) {
                String organisationName = ROLE_TASK.equals(item.taskKey())
                        ? network.organisation(organisationOf(item)).name() : null;
                tasks.add(new PartnerTask(item.taskId(), item.name(), item.taskKey(), organisationName,
                        item.dueAt()));
            }
        }
        return new PartnerConsultation(consultation.id(), consultation.ref(), consultation.title(),
                consultation.summary(), consultation.currentStage(), consultation.isWindowOpen(null),
                consultation.windowClosesAt(), Consultation.COMPLETED.equals(consultation.status()), ours, tasks,
                outreach(consultation.id(), ourIds), participation.assistedBy(consultation.id(), partner.userId()));
    }

    /**
     * Work waiting for this partner: their organisations' role tasks (never another organisation's), the partners'
     * outreach, and the co-design task given to them by name.
     */
    private static boolean isOurs(WorkItem item, SignedInUser partner, String partnerGroup, Set<Long> ourIds) {
        boolean unclaimedOrMine = item.assignee() == null || item.assignee().equals(partner.userId());
        return switch (item.taskKey()) {
            case ROLE_TASK -> unclaimedOrMine && item.candidateGroup() != null
                    && item.candidateGroup().startsWith(ORGANISATION_GROUP) && ourIds.contains(organisationOf(item));
            case OUTREACH_TASK -> unclaimedOrMine && partnerGroup.equals(item.candidateGroup());
            case CO_DESIGN_TASK -> partner.userId().equals(item.assignee());
            default -> false;
        };
    }

    private static long organisationOf(WorkItem item) {
        return Long.parseLong(item.candidateGroup().substring(ORGANISATION_GROUP.length()));
    }

    /** The active organisations the partner belongs to. */
    private Set<Long> ourOrganisations(SignedInUser partner) {
        return actingFor.choices(partner.userId()).stream().map(ActingOrganisation.Choice::id)
                .collect(Collectors.toSet());
    }

    /** Outreach our organisations reported on this consultation, oldest first. */
    private List<OutreachReport> outreach(long consultationId, Set<Long> ourIds) {
        if (ourIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select r.reported_at, o.name, r.groups_reached, r.people_reached from partner_outreach r "
                        + "join organisation o on o.id = r.organisation_id where r.consultation_id = :consultation "
                        + "and r.organisation_id in (:ours) order by r.reported_at, r.id")
                .param("consultation", consultationId).param("ours", ourIds)
                .query((rs, row) -> {
                    int people = rs.getInt(4);
                    Integer peopleReached = rs.wasNull() ? null : people;
                    return new OutreachReport(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            peopleReached);
                })
                .list();
    }

    private static void requirePartner(SignedInUser partner) {
        if (!partner.hasRole(Roles.PARTNER)) {
            throw new AccessDeniedException(partner.userId() + " is not a partner");
        }
    }

    private void requireInvited(SignedInUser partner, long consultationId) {
        if (!isInvited(partner, consultationId)) {
            throw new AccessDeniedException(partner.userId() + " was not invited to consultation " + consultationId);
        }
    }
}
