package org.powerpartnership.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.HearBackRequest;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
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

    private final NetworkService network;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final WorkflowPort workflow;
    private final ParticipationService participation;
    private final AuditLog audit;
    private final ObjectMapper json;

    PartnerWorkspace(NetworkService network, ConsultationService consultations, Memberships memberships,
                     WorkflowPort workflow, ParticipationService participation, AuditLog audit, ObjectMapper json) {
        this.network = network;
        this.consultations = consultations;
        this.memberships = memberships;
        this.workflow = workflow;
        this.participation = participation;
        this.audit = audit;
        this.json = json;
    }

    /** One invited consultation as the partner sees it. */
    public record PartnerConsultation(long consultationId, String ref, String title, String summary,
                                      String currentStage, boolean windowOpen, Instant windowClosesAt,
                                      boolean completed, List<Partnership> ourPartnerships,
                                      List<PartnerTask> openTasks, List<OutreachReport> outreach,
                                      int assistedByUs) {
    }

    /**
     * Partner work waiting: a role to accept (for one organisation) or outreach to do.
     *
     * @param organisationName the organisation a role task is for; null for outreach
     */
    public record PartnerTask(String taskId, String name, String taskKey, String organisationName, Instant dueAt) {
    }

    /** Outreach a partner reported during the participation window. */
    public record OutreachReport(Instant reportedAt, String groupsReached, Integer peopleReached) {
    }

    /** The consultations this partner's organisations were invited to, newest first. */
    @Transactional(readOnly = true)
    public List<PartnerConsultation> consultationsFor(SignedInUser partner) {
        requirePartner(partner);
        List<Organisation> ours = network.organisationsOf(partner.userId());
        Set<Long> ourIds = ours.stream().map(Organisation::id).collect(Collectors.toSet());
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
        Set<Long> ourIds = network.organisationsOf(partner.userId()).stream().map(Organisation::id)
                .collect(Collectors.toSet());
        return view(consultations.get(consultationId), partner, ourIds);
    }

    /** Whether this partner may work on the consultation (and so enter assisted responses for it). */
    @Transactional(readOnly = true)
    public boolean isInvited(SignedInUser partner, long consultationId) {
        return partner.hasRole(Roles.PARTNER)
                && memberships.holds(consultationId, partner.userId(), MemberRole.PARTNER);
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
        return participation.respondAssisted(partner, consultationId, answers, assisted, hearBack);
    }

    private PartnerConsultation view(Consultation consultation, SignedInUser partner, Set<Long> ourIds) {
        List<Partnership> ours = network.partnersOf(consultation.id()).stream()
                .filter(p -> ourIds.contains(p.organisation().id())).toList();
        String group = Roles.groupOf(Roles.PARTNER, consultation.ref());
        List<PartnerTask> tasks = new ArrayList<>();
        for (WorkItem item : workflow.openWorkItemsForConsultation(consultation.id())) {
            boolean forPartners = group.equals(item.candidateGroup())
                    && (item.assignee() == null || item.assignee().equals(partner.userId()));
            if (!forPartners || !(ROLE_TASK.equals(item.taskKey()) || OUTREACH_TASK.equals(item.taskKey()))) {
                continue;
            }
            String organisationName = null;
            if (ROLE_TASK.equals(item.taskKey())) {
                Optional<Long> organisationId = workflow.processVariable(item.taskId(), "organisationId")
                        .map(value -> ((Number) value).longValue());
                if (organisationId.isEmpty() || !ourIds.contains(organisationId.get())) {
                    continue; // another organisation's role: theirs to accept
                }
                organisationName = network.organisation(organisationId.get()).name();
            }
            tasks.add(new PartnerTask(item.taskId(), item.name(), item.taskKey(), organisationName, item.dueAt()));
        }
        return new PartnerConsultation(consultation.id(), consultation.ref(), consultation.title(),
                consultation.summary(), consultation.currentStage(), consultation.isWindowOpen(null),
                consultation.windowClosesAt(), Consultation.COMPLETED.equals(consultation.status()), ours, tasks,
                outreach(consultation.id()), participation.assistedBy(consultation.id(), partner.userId()));
    }

    private List<OutreachReport> outreach(long consultationId) {
        List<OutreachReport> reports = new ArrayList<>();
        for (AuditEntry entry : audit.inStage(consultationId, "PARTICIPATION", "task.completed")) {
            if (!("task:" + OUTREACH_TASK).equals(entry.subject()) || entry.details() == null) {
                continue;
            }
            try {
                JsonNode values = json.readTree(entry.details()).path("values");
                JsonNode reached = values.path("peopleReached");
                reports.add(new OutreachReport(entry.occurredAt(), values.path("groupsReached").asText(null),
                        reached.isNumber() || reached.isTextual() ? reached.asInt() : null));
            } catch (com.fasterxml.jackson.core.JsonProcessingException unreadable) {
                // an entry we cannot read is left out of the summary; the audit log keeps it
            }
        }
        return reports;
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
