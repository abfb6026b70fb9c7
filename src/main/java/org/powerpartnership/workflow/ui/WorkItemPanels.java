package org.powerpartnership.workflow.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;

/**
 * A part of a work item's page that another feature draws, above the form (the panel's reasons for returning the
 * stage, each with the team's answer). Any screen that completes work items can place them; the feature decides
 * when it has something to show.
 */
public interface WorkItemPanels {

    /** The component to place at the top of this item's page, if this feature has one for it and this person. */
    Optional<Component> panelFor(WorkItem item, SignedInUser user);
}
