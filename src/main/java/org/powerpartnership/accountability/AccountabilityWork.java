package org.powerpartnership.accountability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.stereotype.Component;

/**
 * The panel's and the sponsor's open work items, each tied to the record it is about (a gate, a commitment), so
 * screens can put the right form next to the right evidence. Work items come from the person's own inbox: nobody
 * sees work that is not theirs to do.
 */
@Component
class AccountabilityWork {

    static final String GATE_ID = "gateId";
    static final String VOTE_FORM = "panel-vote";
    static final String STALLED_GATE_FORM = "stalled-gate";
    static final String SPONSOR_RESPONSE_FORM = "sponsor-response";
    static final Set<String> COMMITMENT_FORMS = Set.of("commitment-review", "commitment-delivery-check",
            "commitment-progress", SPONSOR_RESPONSE_FORM);
    private static final int INBOX_LIMIT = 1000;

    private final WorkService work;
    private final WorkflowPort workflow;

    AccountabilityWork(WorkService work, WorkflowPort workflow) {
        this.work = work;
        this.workflow = workflow;
    }

    /** The person's own vote tasks, by gate. */
    Map<Long, WorkItem> voteTasks(SignedInUser user) {
        return byRecord(user, Set.of(VOTE_FORM), GATE_ID, true);
    }

    Optional<WorkItem> voteTask(SignedInUser user, long gateId) {
        return Optional.ofNullable(voteTasks(user).get(gateId));
    }

    /** Stalled sign-offs waiting for the sponsor, by gate. */
    Map<Long, WorkItem> stalledGateTasks(SignedInUser user) {
        return byRecord(user, Set.of(STALLED_GATE_FORM), GATE_ID, false);
    }

    /**
     * Progress reports, reviews, delivery checks and sponsor responses about commitments, by commitment: each item
     * under the commitment of its own process (every commitment has one), never matched by name or position.
     */
    Map<Long, List<WorkItem>> commitmentTasks(SignedInUser user) {
        Map<Long, List<WorkItem>> tasks = new LinkedHashMap<>();
        for (WorkItem item : inbox(user)) {
            if (COMMITMENT_FORMS.contains(item.formRef())) {
                idOf(item, ProcessVariables.COMMITMENT_ID)
                        .ifPresent(id -> tasks.computeIfAbsent(id, key -> new ArrayList<>()).add(item));
            }
        }
        return tasks;
    }

    private Map<Long, WorkItem> byRecord(SignedInUser user, Set<String> forms, String variable, boolean ownOnly) {
        Map<Long, WorkItem> tasks = new LinkedHashMap<>();
        for (WorkItem item : inbox(user)) {
            if (forms.contains(item.formRef()) && (!ownOnly || user.userId().equals(item.assignee()))) {
                idOf(item, variable).ifPresent(id -> tasks.putIfAbsent(id, item));
            }
        }
        return tasks;
    }

    private List<WorkItem> inbox(SignedInUser user) {
        return work.inbox(user, 0, INBOX_LIMIT);
    }

    private Optional<Long> idOf(WorkItem item, String variable) {
        return workflow.processVariable(item.taskId(), variable)
                .filter(Number.class::isInstance).map(value -> ((Number) value).longValue());
    }
}
