package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One door: an admin who completes, claims or hands over a panel vote or an officer task through {@code /engine-rest}
 * (what Tasklist does too) is refused and nothing changes; the same work done through the application goes through.
 */
@IntegrationTest
class OneDoorIT {

    @Autowired
    ProcessEngine engine;

    /**
     * The REST API finds the engine by name in Camunda's JVM-wide registry. Tests that start whole nodes in this JVM
     * (two nodes at once, the PostgreSQL profile) register and then close engines under the same name, which leaves
     * the registry without ours; production has one engine per JVM.
     */
    @BeforeEach
    void theRestApiFindsThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TaskService tasks;

    @Test
    void an_admin_cannot_complete_claim_or_hand_over_a_panel_vote_through_the_rest_api_and_the_panel_member_still_can() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        WorkItem vote = cycle.open(consultation, "Task_VoteOnStage").get(0);
        String voter = vote.assignee();
        HttpVisitor admin = asAdmin();

        assertRefused(admin.post("/engine-rest/task/" + vote.taskId() + "/complete", JSON,
                "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}"));
        assertRefused(admin.post("/engine-rest/task/" + vote.taskId() + "/assignee", JSON,
                "{\"userId\":\"" + cast.lead().userId() + "\"}"));
        assertRefused(admin.post("/engine-rest/task/" + vote.taskId() + "/delegate", JSON,
                "{\"userId\":\"" + cast.lead().userId() + "\"}"));
        assertRefused(admin.post("/engine-rest/task/" + vote.taskId() + "/identity-links", JSON,
                "{\"userId\":\"" + cast.lead().userId() + "\",\"type\":\"candidate\"}"));

        assertThat(tasks.createTaskQuery().taskId(vote.taskId()).singleResult())
                .as("the vote is still open and still the member's")
                .satisfies(task -> assertThat(task.getAssignee()).isEqualTo(voter));
        assertThat(tasks.getIdentityLinksForTask(vote.taskId()))
                .noneSatisfy(link -> assertThat(link.getUserId()).isEqualTo(cast.lead().userId()));

        SignedInUser member = cast.panel().stream().filter(person -> person.userId().equals(voter)).findFirst()
                .orElseThrow();
        cycle.complete(member, vote, Map.of("decision", "approve"));
        assertThat(tasks.createTaskQuery().taskId(vote.taskId()).count()).as("completed through the application")
                .isZero();
    }

    @Test
    void an_admin_cannot_complete_or_claim_an_officer_task_through_the_rest_api_and_the_officer_still_can() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_AgreeQuestionAndMethods"), null);
        WorkItem officerTask = cycle.open(consultation).stream()
                .filter(item -> item.candidateGroup() != null && item.candidateGroup().startsWith(Roles.OFFICER)
                        && item.assignee() == null)
                .findFirst().orElseThrow(() -> new AssertionError("no open officer task: " + cycle.open(consultation)));
        HttpVisitor admin = asAdmin();

        assertRefused(admin.post("/engine-rest/task/" + officerTask.taskId() + "/claim", JSON,
                "{\"userId\":\"" + cast.lead().userId() + "\"}"));
        assertRefused(admin.post("/engine-rest/task/" + officerTask.taskId() + "/submit-form", JSON,
                "{\"variables\":{}}"));
        assertThat(tasks.createTaskQuery().taskId(officerTask.taskId()).singleResult())
                .satisfies(task -> assertThat(task.getAssignee()).isNull());

        // Reading stays open to admins (Cockpit and Tasklist still show the work).
        HttpResponse<String> read = admin.get("/engine-rest/task/" + officerTask.taskId());
        assertThat(read.statusCode()).isEqualTo(200);

        cycle.complete(cast, officerTask, Map.of());
        assertThat(tasks.createTaskQuery().taskId(officerTask.taskId()).count()).isZero();
    }

    private HttpVisitor asAdmin() {
        SignedInUser admin = accounts.open(Roles.ADMIN);
        return new HttpVisitor(port).withBasic(admin.email(), TestAccounts.PASSWORD);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("only through its own screens");
    }
}
