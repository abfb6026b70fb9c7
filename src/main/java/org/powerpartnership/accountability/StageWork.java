package org.powerpartnership.accountability;

import java.util.Map;
import java.util.Optional;

import org.powerpartnership.consultation.StageKey;

/**
 * Each stage's own work task in the engagement cycle: the task a return reopens and whose completion resubmits the
 * stage to the panel (bpmn/engagement-cycle.bpmn), with the form it is done on.
 */
public final class StageWork {

    /** A stage's own task and its form. */
    public record Task(StageKey stage, String taskKey, String formRef) {
    }

    private static final Map<StageKey, Task> BY_STAGE = Map.of(
            StageKey.EARLY_ENGAGEMENT, new Task(StageKey.EARLY_ENGAGEMENT, "Task_AgreeQuestionAndMethods",
                    "agree-question-methods"),
            StageKey.NETWORKS, new Task(StageKey.NETWORKS, "Task_InviteNetworks", "invite-networks"),
            StageKey.ACCESS, new Task(StageKey.ACCESS, "Task_PlanAccess", "access-plan"),
            StageKey.PARTICIPATION, new Task(StageKey.PARTICIPATION, "Task_AnalyseResponses", "analysis-summary"),
            StageKey.CAPACITY, new Task(StageKey.CAPACITY, "Task_AppointCommunityLeads", "community-leads"),
            StageKey.OWNERSHIP, new Task(StageKey.OWNERSHIP, "Task_PlanCommunityLedDelivery", "community-ownership"),
            StageKey.ACCOUNTABILITY, new Task(StageKey.ACCOUNTABILITY, "Task_PublishCouncilResponse",
                    "council-response"));

    private StageWork() {
    }

    public static Task of(StageKey stage) {
        return BY_STAGE.get(stage);
    }

    /** The stage whose own work task this is, if it is one. */
    public static Optional<StageKey> stageOfTask(String taskKey) {
        return BY_STAGE.values().stream().filter(task -> task.taskKey().equals(taskKey)).map(Task::stage).findFirst();
    }
}
