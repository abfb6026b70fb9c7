package org.powerpartnership.workflow;

/**
 * The work item was completed (or withdrawn) by someone else first: a double click, a second tab, another node.
 * Nothing was changed by this attempt.
 */
public class WorkItemGoneException extends RuntimeException {

    public WorkItemGoneException(String taskId) {
        super("Work item " + taskId + " is no longer open");
    }
}
