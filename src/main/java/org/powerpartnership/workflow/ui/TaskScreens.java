package org.powerpartnership.workflow.ui;

import java.util.Optional;

import org.powerpartnership.shared.SignedInUser;

/**
 * A work item done on a feature's own screen rather than on the generic work item page: someone who opens it from
 * an inbox ({@code work/<taskId>}) lands on the feature's screen instead.
 */
public interface TaskScreens {

    /** The route of this item's own screen for this person, if the feature has one for it. */
    Optional<String> screenFor(SignedInUser user, String taskId);
}
