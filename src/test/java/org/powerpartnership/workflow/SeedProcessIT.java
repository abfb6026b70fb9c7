package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The deployment path end to end: BPMN from bpmn/, its form from forms/, a task completed through the port. */
@IntegrationTest
class SeedProcessIT {

    @Autowired
    WorkflowPort workflow;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Test
    void the_process_and_its_form_are_deployed_from_the_top_level_folders() throws Exception {
        assertThat(deployed("organisation-onboarding.bpmn"))
                .isEqualTo(Files.readAllBytes(Path.of("bpmn", "organisation-onboarding.bpmn")));
        assertThat(deployed("organisation-review.form"))
                .isEqualTo(Files.readAllBytes(Path.of("forms", "organisation-review.form")));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("organisation-onboarding")
                .latestVersion().singleResult().getHistoryTimeToLive()).isEqualTo(365);
    }

    private byte[] deployed(String fileName) throws Exception {
        for (var deployment : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            for (Resource resource : repository.getDeploymentResources(deployment.getId())) {
                if (resource.getName().endsWith("/" + fileName) || resource.getName().equals(fileName)) {
                    try (var content = repository.getResourceAsStream(deployment.getId(), resource.getName())) {
                        return content.readAllBytes();
                    }
                }
            }
        }
        throw new AssertionError(fileName + " is not deployed");
    }

    @Test
    void an_officer_reviews_an_organisation_through_its_form_and_the_process_ends() {
        String organisation = "org-" + UUID.randomUUID();
        String instance = workflow.start("organisation-onboarding", organisation,
                Map.of("applicationKind", "register"));

        WorkItem review = workflow.openWorkItemsFor(organisation).get(0);
        assertThat(review.taskKey()).isEqualTo("Task_ReviewOrganisation");
        assertThat(review.name()).isEqualTo("Review a new organisation");
        assertThat(review.candidateGroup()).isEqualTo(Roles.OFFICER);
        assertThat(review.formRef()).isEqualTo("organisation-review");
        assertThat(review.dueAt()).isAfter(review.createdAt());
        assertThat(workflow.openWorkItems(List.of(Roles.OFFICER), null, 0, 1000)).contains(review);
        assertThat(workflow.formSchema(review.taskId())).contains("\"id\": \"organisation-review\"", "decision");

        workflow.complete(review.taskId(), Map.of("decision", "approve", "approved", true));

        assertThat(workflow.openWorkItemsFor(organisation)).isEmpty();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult().getState())
                .isEqualTo("COMPLETED");
        assertThatThrownBy(() -> workflow.complete(review.taskId(), Map.of("decision", "decline", "approved", false)))
                .isInstanceOf(WorkItemGoneException.class);
    }
}
