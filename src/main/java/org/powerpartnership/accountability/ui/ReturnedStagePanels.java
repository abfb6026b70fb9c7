package org.powerpartnership.accountability.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.StageWork;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.ui.WorkItemPanels;

/**
 * Puts the {@link ReturnedStagePanel} on a stage's own work task (the work item page, the analysis screen) while a
 * return of that stage is open.
 */
@org.springframework.stereotype.Component
class ReturnedStagePanels implements WorkItemPanels {

    private final transient SignOffService signOff;

    ReturnedStagePanels(SignOffService signOff) {
        this.signOff = signOff;
    }

    @Override
    public Optional<Component> panelFor(WorkItem item, SignedInUser user) {
        if (item.consultationId() == null) {
            return Optional.empty();
        }
        return StageWork.stageOfTask(item.taskKey())
                .map(stage -> new ReturnedStagePanel(signOff, user, item.consultationId(), stage))
                .filter(ReturnedStagePanel::isOpen)
                .map(Component.class::cast);
    }
}
