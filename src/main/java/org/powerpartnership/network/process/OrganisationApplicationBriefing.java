package org.powerpartnership.network.process;

import java.util.ArrayList;
import java.util.List;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.stereotype.Component;

/**
 * The application an officer reviews, above the review form: who applied (name and email, to reach them), the
 * organisation with its kind, areas and what it does, and the applicant's message. The engine holds only the
 * application's id; all of this is read from our tables.
 */
@Component
class OrganisationApplicationBriefing implements WorkItemBriefing {

    private final OrganisationApplications applications;
    private final AccountService accounts;
    private final WorkflowPort workflow;

    OrganisationApplicationBriefing(OrganisationApplications applications, AccountService accounts,
                                    WorkflowPort workflow) {
        this.applications = applications;
        this.accounts = accounts;
        this.workflow = workflow;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        if (!OrganisationApplications.PROCESS.equals(item.processKey())) {
            return List.of();
        }
        return workflow.processVariable(item.taskId(), OrganisationApplications.APPLICATION_ID)
                .filter(Number.class::isInstance).map(id -> notes(((Number) id).longValue())).orElse(List.of());
    }

    private List<Note> notes(long applicationId) {
        Application application = applications.application(applicationId);
        OrganisationApplications.Profile organisation = applications.profile(application.organisationId());
        Person applicant = accounts.person(application.applicant()).orElse(null);
        List<Note> notes = new ArrayList<>();
        // who asks, with what the organisation does in their words; then its kind and areas on one line
        List<String> description = organisation.description() == null || organisation.description().isBlank()
                ? List.of() : List.of(organisation.description());
        notes.add(new Note("joining.briefing." + application.kind(), List.of(
                applicant == null ? application.applicant() : applicant.displayName(),
                applicant == null ? "" : applicant.email(), organisation.name()), description));
        notes.add(new Note("joining.briefing.kind." + organisation.kind(),
                List.of(String.join(", ", organisation.areas())), List.of()));
        if (application.message() != null) {
            notes.add(new Note("joining.briefing.message", List.of(), List.of(application.message())));
        }
        return notes;
    }
}
