package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 2's invitations, chosen from the directory: the team picks active organisations (by id) and may name others
 * that are not in it yet, which become proposed entries for an officer to confirm and are not invited.
 */
@Service
public class InvitationChoices {

    /** The work item this is, and its form. */
    public static final String TASK = "Task_InviteNetworks";
    public static final String FORM = "invite-networks";
    /** The form's keys for the chosen directory ids (comma separated) and the names proposed (one per line). */
    public static final String CHOSEN = "organisationIds";
    public static final String PROPOSED = "proposedOrganisations";

    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");

    /** What the completion did: the organisations invited and the names waiting for an officer to confirm. */
    public record Outcome(List<String> invited, List<String> waitingForConfirmation) {
    }

    private final NetworkService network;
    private final ProposedOrganisations proposals;
    private final Memberships memberships;
    private final WorkflowPort workflow;

    InvitationChoices(NetworkService network, ProposedOrganisations proposals, Memberships memberships,
                      WorkflowPort workflow) {
        this.network = network;
        this.proposals = proposals;
        this.memberships = memberships;
        this.workflow = workflow;
    }

    /**
     * Invites the chosen active organisations and proposes the names not in the directory (a name that is an active
     * entry after all is invited). Refused, with nothing invited, when an id is not an active organisation or when
     * the consultation would have no organisation invited at all.
     */
    @Transactional
    public Outcome invite(SignedInUser officer, long consultationId, String chosenIds, String proposedNames) {
        if (!memberships.isOnTeam(consultationId, officer.userId())) {
            throw new AccessDeniedException(officer.userId() + " is not on the team of " + consultationId);
        }
        List<Long> chosen = ids(chosenIds)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldProblem.of(CHOSEN, "invite.unknown"))));
        if (chosen.stream().anyMatch(id -> !network.isActive(id))) {
            throw new InvalidInputException(List.of(FieldProblem.of(CHOSEN, "invite.notActive")));
        }
        List<String> names = names(proposedNames);
        if (chosen.isEmpty() && network.invitedOrganisationIds(consultationId).isEmpty()
                && names.stream().noneMatch(this::isActiveName)) {
            throw new InvalidInputException(List.of(FieldProblem.of(CHOSEN, "invite.chooseOne")));
        }
        Set<Long> toInvite = new LinkedHashSet<>(chosen);
        List<String> waiting = new ArrayList<>();
        for (String name : names) {
            ProposedOrganisations.Proposal proposal = proposals.propose(officer, consultationId, name);
            if (proposal.isActive()) {
                toInvite.add(proposal.organisationId());
            } else {
                waiting.add(proposal.name());
            }
        }
        List<String> invited = new ArrayList<>();
        for (long id : toInvite) {
            network.invite(consultationId, id, officer.userId());
            invited.add(network.organisation(id).name());
        }
        return new Outcome(invited, waiting);
    }

    /** The open invitation task of the consultation, if this person may do it. */
    @Transactional(readOnly = true)
    public Optional<WorkItem> openTask(SignedInUser user, long consultationId) {
        return workflow.openWorkItemsForConsultation(consultationId).stream()
                .filter(item -> TASK.equals(item.taskKey()))
                .filter(item -> mayDo(user, item))
                .findFirst();
    }

    /** The consultation whose invitation task this is, when it is one and this person may do it. */
    @Transactional(readOnly = true)
    public Optional<Long> consultationOfTask(SignedInUser user, String taskId) {
        return workflow.workItem(taskId)
                .filter(item -> TASK.equals(item.taskKey()) && item.consultationId() != null)
                .filter(item -> mayDo(user, item))
                .map(WorkItem::consultationId);
    }

    /** The directory ids in a submitted value ("12,15"); empty when the value is not a list of ids. */
    public static Optional<List<Long>> ids(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(List.of());
        }
        List<Long> ids = new ArrayList<>();
        for (String part : value.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!ID.matcher(part).matches()) {
                return Optional.empty();
            }
            ids.add(Long.parseLong(part));
        }
        return Optional.of(List.copyOf(new LinkedHashSet<>(ids)));
    }

    /** The names typed, one per line, without blanks or repeats. */
    public static List<String> names(String value) {
        if (value == null) {
            return List.of();
        }
        return value.lines().map(line -> line.strip().replaceAll("\\s+", " ")).filter(line -> !line.isEmpty())
                .distinct().toList();
    }

    private boolean isActiveName(String name) {
        return network.directory().stream().anyMatch(o -> o.name().equalsIgnoreCase(name));
    }

    /** The task goes to the consultation's team; once claimed, to the one who claimed it. */
    private boolean mayDo(SignedInUser user, WorkItem item) {
        return item.consultationId() != null && memberships.isOnTeam(item.consultationId(), user.userId())
                && (item.assignee() == null || item.assignee().equals(user.userId()));
    }
}
