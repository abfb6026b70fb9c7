package org.powerpartnership.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a consultation's team. Work goes to the team's group, never to one person only, so when someone leaves,
 * whatever they had claimed goes back to the group and their successor sees it at once: nothing is lost. The panel
 * stays independent: nobody on the consultation's panel joins its team.
 */
@Service
public class Teams {

    /**
     * What a re-assignment did.
     *
     * @param role       the capacity the newcomer took over (lead, deputy or officer)
     * @param movedTasks the leaver's claimed work items, now back with the team's group
     */
    public record Reassignment(MemberRole role, List<WorkItem> movedTasks) {
    }

    private final ConsultationService consultations;
    private final Memberships memberships;
    private final AccountService accounts;
    private final WorkflowPort workflow;
    private final AuditLog audit;

    Teams(ConsultationService consultations, Memberships memberships, AccountService accounts, WorkflowPort workflow,
          AuditLog audit) {
        this.consultations = consultations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.workflow = workflow;
        this.audit = audit;
    }

    /** The officers who could join the team: people with the officer role, not on the team or the panel already. */
    @Transactional(readOnly = true)
    public List<SignedInUser> candidates(long consultationId) {
        List<Member> members = memberships.of(consultationId);
        return accounts.membersOf(Roles.OFFICER).stream()
                .filter(officer -> members.stream().noneMatch(m -> m.userId().equals(officer.userId())
                        && (m.role().isTeam() || m.role() == MemberRole.PANEL)))
                .toList();
    }

    /**
     * Someone leaves the team and someone else takes their place, in the same capacity. The leaver's claimed work is
     * released to the team's group; the whole change is one transaction and one audit entry.
     *
     * @param officer     a member of the team (admins only read)
     * @param leaverId    the member who leaves
     * @param newcomerId  an officer, not on the consultation's panel; a plain team officer may step up
     */
    @Transactional
    public Reassignment reassign(SignedInUser officer, long consultationId, String leaverId, String newcomerId) {
        Consultation consultation = consultations.get(consultationId);
        if (!officer.hasRole(Roles.OFFICER) || !consultations.isOnTeam(consultationId, officer.userId())) {
            throw new AccessDeniedException(officer.userId() + " is not on the team of " + consultation.ref());
        }
        List<Member> members = memberships.of(consultationId);
        Optional<MemberRole> leaverRole = teamRoleOf(members, leaverId);
        Optional<MemberRole> newcomerRole = newcomerId == null ? Optional.empty() : teamRoleOf(members, newcomerId);
        List<FieldProblem> problems = new ArrayList<>();
        if (leaverRole.isEmpty()) {
            problems.add(FieldProblem.of("leaver", "team.leaver.required"));
        }
        if (newcomerId == null || newcomerId.isBlank()) {
            problems.add(FieldProblem.of("newcomer", "team.newcomer.required"));
        } else if (newcomerId.equals(leaverId)) {
            problems.add(FieldProblem.of("newcomer", "team.newcomer.same"));
        } else if (memberships.holds(consultationId, newcomerId, MemberRole.PANEL)) {
            problems.add(FieldProblem.of("newcomer", "team.newcomer.onPanel"));
        } else if (!isOfficer(newcomerId)) {
            problems.add(FieldProblem.of("newcomer", "team.newcomer.notOfficer"));
        } else if (newcomerRole.isPresent()
                && (newcomerRole.get() != MemberRole.OFFICER || leaverRole.orElse(null) == MemberRole.OFFICER)) {
            problems.add(FieldProblem.of("newcomer", "team.newcomer.alreadyOnTeam"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MemberRole role = leaverRole.orElseThrow();
        for (Member member : members) {
            if (member.userId().equals(leaverId) && member.role().isTeam()) {
                memberships.remove(consultationId, leaverId, member.role());
            }
        }
        if (newcomerRole.isPresent()) {
            memberships.remove(consultationId, newcomerId, newcomerRole.get());
        }
        memberships.add(consultationId, consultation.ref(), newcomerId, role);

        List<WorkItem> moved = workflow.openWorkItemsForConsultation(consultationId).stream()
                .filter(item -> leaverId.equals(item.assignee()))
                .filter(item -> item.candidateGroup() != null && item.candidateGroup().startsWith(Roles.OFFICER + ":"))
                .toList();
        moved.forEach(item -> workflow.unclaim(item.taskId()));

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("leaver", leaverId);
        details.put("newcomer", newcomerId);
        details.put("role", role.name());
        details.put("movedTasks", moved.stream().map(WorkItem::taskId).toList());
        audit.record(officer.userId(), consultationId, "team.reassigned", "consultation:" + consultation.ref(), details);
        return new Reassignment(role, moved);
    }

    private static Optional<MemberRole> teamRoleOf(List<Member> members, String userId) {
        if (userId == null) {
            return Optional.empty();
        }
        // LEAD before DEPUTY before OFFICER: the most responsible capacity is the one handed over.
        return members.stream().filter(m -> m.userId().equals(userId) && m.role().isTeam()).map(Member::role)
                .min(Enum::compareTo);
    }

    private boolean isOfficer(String userId) {
        try {
            return accounts.rolesOf(userId).contains(Roles.OFFICER);
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
