package org.powerpartnership.accountability.process;

import java.util.Map;

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
    TaskCompletionHandler deliveryCheckHandler(CommitmentService commitments, WorkflowPort workflow,
                                               CommitmentsDelegate schedule) {
        return TaskCompletionHandler.forForm("commitment-delivery-check", (item, user, values) -> {
            long commitmentId = commitmentOf(workflow, item);
            boolean confirmed = commitments.checkDelivery(user, commitmentId,
                    "yes".equals(values.get("confirmed")), (String) values.get("reasons"));
            // Not delivered after all: reviews resume with the dates still ahead.
            return confirmed
                    ? Map.of("deliveryConfirmed", true)
                    : Map.of("deliveryConfirmed", false, CommitmentsDelegate.SCHEDULE,
                    schedule.remainingSchedule(commitmentId));
        });
    }

    @Bean
    TaskCompletionHandler sponsorResponseHandler(CommitmentService commitments, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm("sponsor-response", (item, user, values) -> {
            String kind = "Task_RespondToOffTrackCommitment".equals(item.taskKey())
                    ? Escalation.COMMITMENT_OFF_TRACK : Escalation.COMMITMENT_OVERDUE;
            commitments.sponsorResponds(user, commitmentOf(workflow, item), kind, (String) values.get("response"));
            return Map.of();
        });
    }

    private static long commitmentOf(WorkflowPort workflow, WorkItem item) {
        return ((Number) workflow.processVariable(item.taskId(), ProcessVariables.COMMITMENT_ID)
                .orElseThrow(() -> new IllegalStateException("Commitment task without a commitment"))).longValue();
    }
}
