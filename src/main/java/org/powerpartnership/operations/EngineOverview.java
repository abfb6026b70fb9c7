package org.powerpartnership.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.springframework.stereotype.Service;

/** A short health picture of the engine for administrators. */
@Service
public class EngineOverview {

    /** Counts an administrator watches. */
    public record Figures(long deployments, long processDefinitions, long activeInstances, long openTasks,
                          long failedJobs, long openIncidents) {
    }

    private final ProcessEngine engine;
    private final CurrentUser currentUser;

    EngineOverview(ProcessEngine engine, CurrentUser currentUser) {
        this.engine = engine;
        this.currentUser = currentUser;
    }

    public Figures figures() {
        currentUser.requireAnyRole(Roles.ADMIN);
        return new Figures(
                engine.getRepositoryService().createDeploymentQuery().count(),
                engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count(),
                engine.getRuntimeService().createProcessInstanceQuery().active().count(),
                engine.getTaskService().createTaskQuery().count(),
                engine.getManagementService().createJobQuery().noRetriesLeft().count(),
                engine.getRuntimeService().createIncidentQuery().count());
    }
}
