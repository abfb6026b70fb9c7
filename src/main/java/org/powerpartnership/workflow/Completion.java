package org.powerpartnership.workflow;

import java.util.List;

/**
 * What a completion did and what happens next, for the screen to tell the person.
 *
 * @param completed the work item that is now done
 * @param nextForYou work about the same record that the person can pick up now
 * @param nextForOthers how much work about the same record now waits for other people
 */
public record Completion(WorkItem completed, List<WorkItem> nextForYou, int nextForOthers) {
}
