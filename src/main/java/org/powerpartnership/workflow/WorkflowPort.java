package org.powerpartnership.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one way features talk to the workflow engine. Callers pass ids and small flags, never personal data: the
 * engine's history must stay free of it. Every method joins the caller's transaction, so our rows and the
 * engine's commit together or not at all.
 */
public interface WorkflowPort {

    /** Starts a process for a record (its business key); returns the process instance id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** Open work for anyone in the groups, or claimed by the user; the ones due soonest first. */
    List<WorkItem> openWorkItems(Collection<String> groups, String userId, int first, int max);

    /** Open work about one record (a consultation). */
    List<WorkItem> openWorkItemsFor(String businessKey);

    Optional<WorkItem> workItem(String taskId);

    /**
     * Completes the work item once. A second attempt (another tab, a double click, another node) gets
     * {@link WorkItemGoneException} and changes nothing.
     */
    void complete(String taskId, Map<String, Object> variables);

    void claim(String taskId, String userId);

    void unclaim(String taskId);

    /** The Camunda Form (form-js JSON) bound to the work item's task. */
    String formSchema(String taskId);

    /** A variable of the work item's process (ids and flags only). */
    Optional<Object> processVariable(String taskId, String name);

    /** Open work about one consultation, oldest first. */
    List<WorkItem> openWorkItemsForConsultation(long consultationId);

    /**
     * Delivers a message to whatever waits for it in a process instance (and its called processes);
     * returns how many were waiting. Nothing waiting is not an error: the process may have moved on already.
     */
    int correlate(String messageName, String processInstanceId);

    /** Tasks the user completed (not ones cancelled by a timer or a process change), newest first. */
    List<FinishedWork> finishedWorkOf(String userId, int max);

    /** Where a process instance is now and where it has been: activity ids, for drawing it. */
    ProcessPosition position(String processInstanceId);

    /**
     * Moves the timer waiting at an activity (a timer event, or a boundary timer by its own id, e.g.
     * {@code Timer_CommitmentOverdue}) in a process instance to a new due time, when the date it was computed from has
     * changed. Returns how many timers moved: none is not an error, the process may not have reached the timer yet,
     * or passed it.
     */
    int retimeTimer(String processInstanceId, String activityId, Instant dueAt);

    /**
     * Suspends a process instance and every process it called (a paused consultation): no task can be completed or
     * claimed and no timer fires until {@link #resume}. Their work items stay but leave the inboxes. Returns how many
     * instances were suspended.
     */
    int suspend(String processInstanceId);

    /**
     * Activates what {@link #suspend} suspended and moves every open task's due date and every waiting timer of the
     * family forward by {@code pausedFor}, so nobody loses the time the pause took. Returns how many dates moved.
     */
    int resume(String processInstanceId, Duration pausedFor);

    /**
     * Ends a process instance and the processes it called (a withdrawn consultation); their open work items go with
     * them. {@code reason} is a short code kept in the engine's history, never free text.
     */
    void cancel(String processInstanceId, String reason);

    /** How many tasks of an activity are open in a process instance (for one assignee, when given). */
    int openTasks(String processInstanceId, String activityId, String assignee);

    default int openTasks(String processInstanceId, String activityId) {
        return openTasks(processInstanceId, activityId, null);
    }

    /**
     * Adds one instance to a parallel multi-instance activity that is waiting now, with its element variable set
     * (a substitute's vote task while the panel votes).
     */
    void addToMultiInstance(String processInstanceId, String activityId, String elementVariable, Object value);

    /**
     * Cancels the open instances of an activity assigned to one person (a member who left the panel loses their
     * vote task); the rest of the process goes on. Returns how many were cancelled.
     */
    int cancelTasks(String processInstanceId, String activityId, String assignee);
}
