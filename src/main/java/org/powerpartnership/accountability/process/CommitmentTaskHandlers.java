package org.powerpartnership.accountability.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentLifecycle;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The work items of {@code commitment-review.bpmn} and of the response stage, each handed to the commitment service. */
@Configuration(proxyBeanMethods = false)
class CommitmentTaskHandlers {

    @Bean
    TaskCompletionHandler councilResponseHandler(CouncilResponseService responses) {
        // sends the response with stage 7 to the panel; it is published when the panel approves the stage
        return TaskCompletionHandler.forForm(CouncilResponseService.FORM, (item, user, values) -> {
            responses.submit(user, item.consultationId(), new CouncilResponseService.Wording(
                    (String) values.get("youAsked"), (String) values.get("youSaid"), (String) values.get("weDid")));
            return Map.of();
        });
    }

    @Bean
    TaskCompletionHandler commitmentReviewHandler(CommitmentService commitments, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm("commitment-review", (item, user, values) -> {
            String judgement = (String) values.get("judgement");
            commitments.review(user, commitmentOf(workflow, item), judgement, (String) values.get("reasons"));
            return Map.of("commitmentJudgement", judgement);
        });
    }

    @Bean
    TaskCompletionHandler commitmentProgressHandler(CommitmentService commitments, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm("commitment-progress", (item, user, values) -> {
            commitments.reportProgress(user, commitmentOf(workflow, item), (String) values.get("progress"),
                    Boolean.TRUE.equals(values.get("delivered")));
            return Map.of();
        });
    }

    @Bean
    TaskCompletionHandler deliveryCheckHandler(CommitmentService commitments, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm("commitment-delivery-check", (item, user, values) -> {
            boolean confirmed = commitments.checkDelivery(user, commitmentOf(workflow, item),
                    "yes".equals(values.get("confirmed")), (String) values.get("reasons"));
            // Not confirmed: the check ends there; the reviews and due-date timers that were running go on.
            return Map.of("deliveryConfirmed", confirmed);
        });
    }

    /**
     * The sponsor's answer to an overdue or off-track commitment. "Extend the due date" takes the new date and the
     * reason, moves the date and its timers, and tells the overdue track to wait for the new date.
     */
    @Bean
    TaskCompletionHandler sponsorResponseHandler(CommitmentService commitments, CommitmentLifecycle lifecycle,
                                                 WorkflowPort workflow, CommitmentsDelegate schedule) {
        return TaskCompletionHandler.forForm("sponsor-response", (item, user, values) -> {
            long commitmentId = commitmentOf(workflow, item);
            Map<String, Object> variables = new HashMap<>();
            variables.put(CommitmentsDelegate.DUE_DATE_EXTENDED, false);
            if ("extend".equals(values.get("action"))) {
                Commitment extended = lifecycle.extendDueDate(user, commitmentId, (LocalDate) values.get("newDueOn"),
                        (String) values.get("extensionReason"));
                variables.putAll(schedule.dueDateVariables(extended));
                variables.put(CommitmentsDelegate.DUE_DATE_EXTENDED, true);
            }
            String kind = "Task_RespondToOffTrackCommitment".equals(item.taskKey())
                    ? Escalation.COMMITMENT_OFF_TRACK : Escalation.COMMITMENT_OVERDUE;
            commitments.sponsorResponds(user, commitmentId, kind, (String) values.get("response"));
            return variables;
        });
    }

    private static long commitmentOf(WorkflowPort workflow, WorkItem item) {
        return ((Number) workflow.processVariable(item.taskId(), ProcessVariables.COMMITMENT_ID)
                .orElseThrow(() -> new IllegalStateException("Commitment task without a commitment"))).longValue();
    }
}
