package org.powerpartnership.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The workflow port on the embedded Camunda 7 engine. */
@Component
class CamundaWorkflow implements WorkflowPort {

    /** The delete reason the engine writes for a completed (not cancelled) task. */
    private static final String COMPLETED = "completed";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final FormService forms;
    private final HistoryService history;
    private final RepositoryService repository;
    private final WorkItemRepository workItems;
    private final ManagementService management;
    private final Continuations continuations;

    CamundaWorkflow(RuntimeService runtime, TaskService tasks, FormService forms, HistoryService history,
                    RepositoryService repository, WorkItemRepository workItems, ManagementService management,
                    Continuations continuations) {
        this.management = management;
        this.continuations = continuations;
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.repository = repository;
        this.workItems = workItems;
    }

    @Override
    @Transactional
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        String instance = runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
        continuations.runAfterCommit(instance);
        return instance;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWorkItems(Collection<String> groups, String userId, int first, int max) {
        return workItems.openFor(groups, userId, first, max);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWorkItemsFor(String businessKey) {
        return workItems.openForBusinessKey(businessKey);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkItem> workItem(String taskId) {
        return workItems.find(taskId);
    }

    @Override
    @Transactional
    public void complete(String taskId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new WorkItemGoneException(taskId);
        }
        try {
            ApplicationDoor.through(() -> tasks.complete(taskId, variables));
            if (task.getProcessInstanceId() != null) {
                continuations.runAfterCommit(task.getProcessInstanceId());
            }
        } catch (NullValueException | OptimisticLockingException alreadyDone) {
            // NullValue: the task is gone (completed in another transaction that committed first).
            // OptimisticLocking: two completions raced; the other one won.
            throw new WorkItemGoneException(taskId);
        } catch (SuspendedEntityInteractionException paused) {
            throw pausedWork();
        }
    }

    @Override
    @Transactional
    public void claim(String taskId, String userId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new WorkItemGoneException(taskId);
        }
        try {
            ApplicationDoor.through(() -> tasks.setAssignee(taskId, userId));
        } catch (SuspendedEntityInteractionException paused) {
            throw pausedWork();
        }
    }

    /** The engine's refusal of work on a suspended (paused) process, as a message a person can read. */
    private static InvalidInputException pausedWork() {
        return new InvalidInputException(FieldProblem.of("work", "work.paused"));
    }

    @Override
    @Transactional
    public void unclaim(String taskId) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            throw new WorkItemGoneException(taskId);
        }
        try {
            ApplicationDoor.through(() -> tasks.setAssignee(taskId, null));
        } catch (SuspendedEntityInteractionException paused) {
            throw pausedWork();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public String formSchema(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NullValueException gone) {
            throw new WorkItemGoneException(taskId);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + taskId, e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> processVariable(String taskId, String name) {
        try {
            return Optional.ofNullable(tasks.getVariable(taskId, name));
        } catch (NullValueException gone) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> openWorkItemsForConsultation(long consultationId) {
        return workItems.openForConsultation(consultationId);
    }

    @Override
    @Transactional
    public int correlate(String messageName, String processInstanceId) {
        // Waiting executions may sit in called processes (a stage's sign-off): look in the whole family.
        Set<String> family = new HashSet<>();
        collectFamily(processInstanceId, family);
        int delivered = 0;
        for (String instance : family) {
            delivered += runtime.createMessageCorrelation(messageName).processInstanceId(instance)
                    .correlateAllWithResult().size();
        }
        continuations.runAfterCommit(processInstanceId);
        return delivered;
    }

    private void collectFamily(String processInstanceId, Set<String> family) {
        if (!family.add(processInstanceId)) {
            return;
        }
        for (var child : runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId).list()) {
            collectFamily(child.getId(), family);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<FinishedWork> finishedWorkOf(String userId, int max) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().taskAssignee(userId).finished()
                .orderByHistoricTaskInstanceEndTime().desc().listPage(0, max).stream()
                .filter(task -> COMPLETED.equals(task.getDeleteReason())).toList();
        if (done.isEmpty()) {
            return List.of();
        }
        Map<String, Long> consultationOf = new HashMap<>();
        String[] instances = done.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct()
                .toArray(String[]::new);
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances).variableName(WorkItemProjection.CONSULTATION_VARIABLE).list()) {
            if (variable.getValue() instanceof Number number) {
                consultationOf.put(variable.getProcessInstanceId(), number.longValue());
            }
        }
        return done.stream().map(task -> new FinishedWork(task.getId(), task.getName(), formRefOf(task),
                consultationOf.get(task.getProcessInstanceId()), task.getEndTime().toInstant())).toList();
    }

    /** History keeps no form reference; the deployed model (cached by the engine) still has it. */
    private String formRefOf(HistoricTaskInstance task) {
        UserTask definition = repository.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return definition == null ? null : definition.getCamundaFormRef();
    }

    @Override
    @Transactional(readOnly = true)
    public ProcessPosition position(String processInstanceId) {
        Set<String> finished = new HashSet<>();
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished().list()
                .forEach(activity -> finished.add(activity.getActivityId()));
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        Set<String> active = new HashSet<>();
        if (tree != null) {
            collectActive(tree, active);
            active.remove(tree.getActivityId()); // the process itself
        }
        return new ProcessPosition(active, finished, tree == null);
    }

    private static void collectActive(ActivityInstance instance, Set<String> active) {
        active.add(instance.getActivityId().replace("#multiInstanceBody", ""));
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectActive(child, active);
        }
    }

    @Override
    @Transactional
    public int retimeTimer(String processInstanceId, String activityId, java.time.Instant dueAt) {
        var timers = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
                .timers().list();
        timers.forEach(timer -> management.setJobDuedate(timer.getId(), java.util.Date.from(dueAt)));
        return timers.size();
    }

    @Override
    @Transactional
    public int suspend(String processInstanceId) {
        Set<String> family = new HashSet<>();
        collectFamily(processInstanceId, family);
        family.forEach(instance -> runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(instance)
                .suspend());
        workItems.markPaused(family, true);
        return family.size();
    }

    @Override
    @Transactional
    public int resume(String processInstanceId, Duration pausedFor) {
        Set<String> family = new HashSet<>();
        collectFamily(processInstanceId, family);
        // active first: the engine refuses to change a suspended task
        family.forEach(instance -> runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(instance)
                .activate());
        workItems.markPaused(family, false);
        int moved = 0;
        for (Task task : tasks.createTaskQuery().processInstanceIdIn(family.toArray(String[]::new)).list()) {
            if (task.getDueDate() != null) {
                task.setDueDate(later(task.getDueDate(), pausedFor));
                ApplicationDoor.through(() -> tasks.saveTask(task)); // its update listener moves the work item too
                moved++;
            }
        }
        for (String instance : family) {
            for (Job timer : management.createJobQuery().processInstanceId(instance).timers().list()) {
                management.setJobDuedate(timer.getId(), later(timer.getDuedate(), pausedFor));
                moved++;
            }
        }
        continuations.runAfterCommit(processInstanceId); // a step that was waiting when the pause began
        return moved;
    }

    private static Date later(Date date, Duration by) {
        return Date.from(date.toInstant().plus(by));
    }

    @Override
    @Transactional
    public void cancel(String processInstanceId, String reason) {
        Set<String> family = new HashSet<>();
        collectFamily(processInstanceId, family);
        // deleting the root deletes the processes it called; their tasks' delete listeners drop the work items
        runtime.deleteProcessInstanceIfExists(processInstanceId, reason, false, true, false, false);
        workItems.deleteForProcessInstances(family);
    }

    @Override
    @Transactional(readOnly = true)
    public int openTasks(String processInstanceId, String activityId, String assignee) {
        var query = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId);
        return (int) (assignee == null ? query.count() : query.taskAssignee(assignee).count());
    }

    @Override
    @Transactional
    public void addToMultiInstance(String processInstanceId, String activityId, String elementVariable,
                                   Object value) {
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        ActivityInstance[] bodies = tree == null ? new ActivityInstance[0]
                : tree.getActivityInstances(activityId + "#multiInstanceBody");
        if (bodies.length == 0) {
            throw new IllegalStateException(activityId + " is not waiting in " + processInstanceId);
        }
        // Started inside the running body, the engine counts it in nrOfInstances like the others.
        ApplicationDoor.through(() -> runtime.createProcessInstanceModification(processInstanceId)
                .startBeforeActivity(activityId, bodies[0].getId())
                .setVariableLocal(elementVariable, value)
                .execute());
        continuations.runAfterCommit(processInstanceId);
    }

    @Override
    @Transactional
    public int cancelTasks(String processInstanceId, String activityId, String assignee) {
        List<Task> theirs = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(activityId).taskAssignee(assignee).list();
        ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
        if (theirs.isEmpty() || tree == null) {
            return 0;
        }
        Set<String> executions = new HashSet<>();
        theirs.forEach(task -> executions.add(task.getExecutionId()));
        var modification = runtime.createProcessInstanceModification(processInstanceId);
        int cancelled = 0;
        for (ActivityInstance instance : tree.getActivityInstances(activityId)) {
            if (java.util.Arrays.stream(instance.getExecutionIds()).anyMatch(executions::contains)) {
                modification.cancelActivityInstance(instance.getId());
                cancelled++;
            }
        }
        if (cancelled > 0) {
            ApplicationDoor.through(() -> { modification.execute(); });
            continuations.runAfterCommit(processInstanceId); // the last vote gone: the round's close waits as a step
        }
        return cancelled;
    }
}
