package org.powerpartnership.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Steps of the processes that failed every attempt (the engine's incidents): what an administrator sees in Operations,
 * with a retry. The person's submission before such a step is already stored (the step is asynchronous); retrying
 * runs the step again at once, and the steps after it.
 */
@Service
public class FailedSteps {

    private static final Logger LOG = LoggerFactory.getLogger(FailedSteps.class);
    private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

    /** One failed step, in words. */
    public record FailedStep(String id, String process, String step, String businessKey, Instant since,
                             String message) {
    }

    /** What a retry did: the step ran (and the process moved on), or it failed again and stays an incident. */
    public enum RetryOutcome { MOVED_ON, FAILED_AGAIN, ALREADY_RESOLVED }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final Continuations continuations;
    private final CurrentUser currentUser;
    private final Clock clock;

    FailedSteps(RuntimeService runtime, ManagementService management, RepositoryService repository,
                Continuations continuations, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.continuations = continuations;
        this.currentUser = currentUser;
    }

    /** The newest failed steps first. */
    public List<FailedStep> list(int max) {
        currentUser.requireAnyRole(Roles.ADMIN);
        // A step failing in a called process is also an incident of every process above it (pointing to it as its
        // cause); only the step itself is shown, and retrying it clears those too.
        return runtime.createIncidentQuery().incidentType(Incident.FAILED_JOB_HANDLER_TYPE)
                .orderByIncidentTimestamp().desc().listPage(0, max * 4).stream()
                .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId()))
                .limit(max).map(this::describe).toList();
    }

    /**
     * Gives the failed step one more attempt and runs it now (with what follows it). Retrying a step someone else has
     * just retried does nothing.
     */
    public RetryOutcome retry(String incidentId) {
        String admin = currentUser.requireAnyRole(Roles.ADMIN).userId();
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            return RetryOutcome.ALREADY_RESOLVED;
        }
        String jobId = incident.getConfiguration();
        LOG.info("{} retries step {} of process instance {}", admin, incident.getActivityId(),
                incident.getProcessInstanceId());
        // due now: the last failed attempt scheduled a next one that never came
        management.setJobRetries(1).jobId(jobId).dueDate(Date.from(clock.instant())).execute();
        continuations.runAfterCommit(incident.getProcessInstanceId()); // no transaction here: runs at once
        boolean failedAgain = management.createJobQuery().jobId(jobId).noRetriesLeft().count() > 0;
        return failedAgain ? RetryOutcome.FAILED_AGAIN : RetryOutcome.MOVED_ON;
    }

    private FailedStep describe(Incident incident) {
        var model = repository.getBpmnModelInstance(incident.getProcessDefinitionId());
        String activityId = incident.getActivityId() == null ? ""
                : incident.getActivityId().replace(MULTI_INSTANCE_BODY, "");
        FlowElement step = model.getModelElementById(activityId);
        String process = repository.getProcessDefinition(incident.getProcessDefinitionId()).getName();
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(incident.getProcessInstanceId()).singleResult();
        return new FailedStep(incident.getId(), process, step == null || step.getName() == null ? activityId
                : step.getName(), instance == null ? null : instance.getBusinessKey(),
                incident.getIncidentTimestamp().toInstant(), incident.getIncidentMessage());
    }
}
