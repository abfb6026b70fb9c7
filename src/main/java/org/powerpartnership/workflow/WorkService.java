package org.powerpartnership.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening and completing work items for people: who may see and do which item, its form, and one completion that
 * validates the form on the server, lets the owning feature write its records, logs the change and moves the
 * engine on, all in one transaction.
 */
@Service
public class WorkService {

    private final WorkflowPort workflow;
    private final WorkItemRepository workItems;
    private final FormCatalog forms;
    private final List<TaskCompletionHandler> handlers;
    private final AuditLog audit;

    WorkService(WorkflowPort workflow, WorkItemRepository workItems, FormCatalog forms,
                List<TaskCompletionHandler> handlers, AuditLog audit) {
        this.workflow = workflow;
        this.workItems = workItems;
        this.forms = forms;
        this.handlers = handlers;
        this.audit = audit;
    }

    /**
     * Every group whose work this person may take: their roles, their consultations' groups and their active
     * organisations' groups ({@code organisation:<id>}), as the same view that decides access lists them.
     */
    @Transactional(readOnly = true)
    public Set<String> groupsOf(SignedInUser user) {
        Set<String> groups = new HashSet<>(user.roles());
        groups.addAll(workItems.candidateGroupsOf(user.userId()));
        return groups;
    }

    /**
     * Who may take the work of one group: the members of a consultation's or an organisation's group. Empty for a
     * role-wide group, whose work is found in the inbox rather than announced to everyone holding the role.
     */
    @Transactional(readOnly = true)
    public List<String> membersOf(String candidateGroup) {
        return workItems.membersOf(candidateGroup);
    }

    /** Open work this person can do: unclaimed work of their groups and work claimed by or given to them. */
    @Transactional(readOnly = true)
    public List<WorkItem> inbox(SignedInUser user, int first, int max) {
        return workItems.openFor(groupsOf(user), user.userId(), first, max);
    }

    /** What this person has completed, newest first: only their own, so nobody sees another's history. */
    @Transactional(readOnly = true)
    public List<FinishedWork> finishedBy(SignedInUser user, int max) {
        return workflow.finishedWorkOf(user.userId(), max);
    }

    /** A work item this person may open; refused (not just hidden) for anyone else. One statement. */
    @Transactional(readOnly = true)
    public WorkItem open(SignedInUser user, String taskId) {
        WorkItemRepository.Access access = workItems.findForUser(taskId, user.userId(), user.roles())
                .orElseThrow(() -> new WorkItemGoneException(taskId));
        if (!access.allowed()) {
            throw new AccessDeniedException(user.userId() + " may not open work item " + taskId);
        }
        return access.item();
    }

    /** The form of a work item the person may open. */
    @Transactional(readOnly = true)
    public FormSchema formOf(SignedInUser user, String taskId) {
        WorkItem item = open(user, taskId);
        return forms.byId(item.formRef());
    }

    @Transactional
    public void claim(SignedInUser user, String taskId) {
        WorkItem item = open(user, taskId);
        if (item.assignee() != null && !item.assignee().equals(user.userId())) {
            throw new AccessDeniedException("Already claimed by someone else");
        }
        workflow.claim(taskId, user.userId());
        audit.record(user.userId(), item.consultationId(), "task.claimed", "task:" + item.taskKey(), Map.of());
    }

    @Transactional
    public void unclaim(SignedInUser user, String taskId) {
        WorkItem item = open(user, taskId);
        workflow.unclaim(taskId);
        audit.record(user.userId(), item.consultationId(), "task.unclaimed", "task:" + item.taskKey(), Map.of());
    }

    /**
     * Completes a work item and says what happens next (see {@link #completeOnly} for the completion itself).
     */
    @Transactional
    public Completion complete(SignedInUser user, String taskId, Map<String, ?> submitted) {
        return next(user, completeOnly(user, taskId, submitted));
    }

    /** What waits now on the same record: for this person, and how much for others. */
    @Transactional(readOnly = true)
    public Completion next(SignedInUser user, WorkItem completed) {
        List<WorkItem> next = completed.businessKey() == null ? List.of()
                : workflow.openWorkItemsFor(completed.businessKey());
        Set<String> groups = groupsOf(user);
        List<WorkItem> mine = next.stream().filter(w -> mayDo(user.userId(), groups, w)).toList();
        return new Completion(completed, mine, next.size() - mine.size());
    }

    /**
     * Completes a work item with the values of its form. The values are checked against the form's rules here,
     * whatever the screen did; the owning feature's rules come next. A second completion of the same item (another
     * tab, a double click, another node) gets {@link WorkItemGoneException} and changes nothing.
     */
    @Transactional
    public WorkItem completeOnly(SignedInUser user, String taskId, Map<String, ?> submitted) {
        WorkItemRepository.Access access = workItems.lockForUser(taskId, user.userId(), user.roles())
                .orElseThrow(() -> new WorkItemGoneException(taskId));
        if (!access.allowed()) {
            throw new AccessDeniedException(user.userId() + " may not complete work item " + taskId);
        }
        WorkItem item = access.item();
        FormSchema schema = forms.byId(item.formRef());
        Map<String, Object> values = FormValues.throwIfInvalid(schema, submitted);
        List<TaskCompletionHandler> involved = handlers.stream().filter(h -> h.handles(item)).toList();
        Map<String, Object> variables = new HashMap<>();
        involved.forEach(h -> variables.putAll(h.beforeCompletion(item, user, values)));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", item.taskId());
        details.put("task", item.name());
        if (item.stage() != null) {
            details.put("stage", item.stage());
        }
        details.put("values", values);
        audit.recordForStage(user.userId(), item.consultationId(), item.stage(), "task.completed",
                "task:" + item.taskKey(), details);
        workflow.complete(taskId, variables);
        involved.forEach(h -> h.afterCompletion(item, user, values, variables));
        return item;
    }

    private static boolean mayDo(String userId, Set<String> groups, WorkItem item) {
        if (item.assignee() != null) {
            return item.assignee().equals(userId);
        }
        return item.candidateGroup() != null && groups.contains(item.candidateGroup());
    }
}
