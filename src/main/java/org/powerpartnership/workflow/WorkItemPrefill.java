package org.powerpartnership.workflow;

import java.util.Map;

/**
 * Values a work item's form opens with, contributed by the feature that knows them (a stage's own task reopened by
 * the panel's return opens with what the team submitted last time). The work item screen applies every one.
 */
public interface WorkItemPrefill {

    /** Form values for this item (keys of its form); empty when this feature has none for it. */
    Map<String, Object> valuesFor(WorkItem item);
}
