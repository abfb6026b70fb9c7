package org.powerpartnership.network.process;

import java.util.Map;

import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An officer's review of an application ({@code Task_ReviewOrganisation}, form {@code organisation-review}): the
 * decision goes to {@link OrganisationApplications#decide}, which refuses an application already decided, and the
 * process learns only whether it was approved.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationReview {

    static final String FORM = "organisation-review";
    static final String APPROVED = "approved";

    @Bean
    TaskCompletionHandler organisationReviewHandler(OrganisationApplications applications, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm(FORM, (item, user, values) -> {
            long applicationId = workflow.processVariable(item.taskId(), OrganisationApplications.APPLICATION_ID)
                    .map(id -> ((Number) id).longValue())
                    .orElseThrow(() -> new IllegalStateException("Review " + item.taskId() + " has no application"));
            boolean approve = "approve".equals(values.get("decision"));
            String notes = (String) values.get("notes");
            if (!approve && (notes == null || notes.isBlank())) {
                // the organisation reads the notes: a decline without a reason leaves them guessing
                throw new InvalidInputException(FieldProblem.of("notes", "joining.review.notesRequired"));
            }
            applications.decide(user, applicationId, approve, notes);
            return Map.of(APPROVED, approve);
        });
    }
}
