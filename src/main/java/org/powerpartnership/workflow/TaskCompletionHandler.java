package org.powerpartnership.workflow;

import java.util.Map;

import org.powerpartnership.shared.SignedInUser;

/**
 * A feature's part in completing a kind of work item: it writes the feature's own records from the submitted
 * (already validated) form values and tells the engine what it needs to route on. Runs inside the completion's
 * transaction; throwing {@link org.powerpartnership.shared.InvalidInputException} refuses the completion and
 * changes nothing.
 */
public interface TaskCompletionHandler {

    /** Whether this handler looks after the work item (usually by its form). */
    boolean handles(WorkItem item);

    /** Feature records first; returns the process variables (ids and flags only) for the completion. */
    Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values);

    /**
     * After the engine moved on, in the same transaction (e.g. to correlate a message). The task is gone by now:
     * {@code variables} holds what the completion passed to the engine.
     */
    default void afterCompletion(WorkItem item, SignedInUser user, Map<String, Object> values,
                                 Map<String, Object> variables) {
    }

    /** The work a feature does for one form, as a function. */
    @FunctionalInterface
    interface Handling {
        Map<String, Object> handle(WorkItem item, SignedInUser user, Map<String, Object> values);
    }

    /** A handler for every work item whose form is {@code formRef}. */
    static TaskCompletionHandler forForm(String formRef, Handling handling) {
        return new TaskCompletionHandler() {
            @Override
            public boolean handles(WorkItem item) {
                return formRef.equals(item.formRef());
            }

            @Override
            public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
                return handling.handle(item, user, values);
            }

            @Override
            public String toString() {
                return "handler for " + formRef;
            }
        };
    }
}
