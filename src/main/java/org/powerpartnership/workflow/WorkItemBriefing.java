package org.powerpartnership.workflow;

import java.util.List;

/**
 * What someone should read before doing a work item, contributed by the feature that knows (the panel's reasons
 * on a returned stage, the request behind an adjustment). The work item screen shows every briefing that applies.
 */
public interface WorkItemBriefing {

    /** Notes for this item; empty when this feature has nothing to say about it. */
    List<Note> notesFor(WorkItem item);

    /**
     * One note: a heading (translation key with arguments) and lines of text people wrote, shown as written, and
     * optionally a link to the screen where the work is done (a path in the application and its translation key).
     */
    record Note(String headingKey, List<Object> headingArgs, List<String> lines, String linkPath, String linkKey) {

        public Note(String headingKey, List<Object> headingArgs, List<String> lines) {
            this(headingKey, headingArgs, lines, null, null);
        }
    }
}
