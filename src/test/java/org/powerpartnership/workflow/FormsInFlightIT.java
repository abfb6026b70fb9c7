package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task keeps the form it was created with: forms are bound to their deployment, so redeploying a changed form
 * (a new question, a reworded option) applies to work started afterwards, never to a task someone may already be
 * filling in. The process is a renamed copy of our own support-request model with its real form, deployed twice.
 */
@IntegrationTest
class FormsInFlightIT {

    private static final String PROCESS = "adjustment-request";
    private static final String COPY = "forms-in-flight-check";
    private static final String FORM = "adjustment-response";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeTheCopies() {
        deployments.forEach(id -> repository.deleteDeployment(id, true, true));
    }

    @Test
    void a_task_in_flight_keeps_its_form_when_a_changed_form_is_deployed_and_new_work_gets_the_new_one()
            throws IOException {
        String model = read("bpmn/" + PROCESS + ".bpmn").replace("id=\"" + PROCESS + "\"", "id=\"" + COPY + "\"");
        String form = read("forms/" + FORM + ".form");
        assertThat(form).contains("What can we do?");
        assertThat(model).contains("camunda:formRefBinding=\"deployment\"");

        deploy(model, form);
        String before = startAndTakeTask();
        deploy(model, form.replace("What can we do?", "What support can we offer?"));
        String after = startAndTakeTask();

        assertThat(formOf(before)).as("the task created before the change").contains("What can we do?")
                .doesNotContain("What support can we offer?");
        assertThat(formOf(after)).as("the task created after it").contains("What support can we offer?");
    }

    private void deploy(String model, String form) {
        deployments.add(repository.createDeployment().name(COPY)
                .addString(COPY + ".bpmn", model)
                .addString(FORM + ".form", form)
                .deploy().getId());
    }

    private String startAndTakeTask() {
        Date inAWeek = Date.from(Instant.now().plus(7, ChronoUnit.DAYS));
        String instance = runtime.startProcessInstanceByKey(COPY, Map.of("consultationRef", "FORMS-IN-FLIGHT",
                "respondBy", inAWeek, "remindAfter", "P5D", "taskDue", "P7D")).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    private String formOf(String taskId) throws IOException {
        try (InputStream deployed = forms.getDeployedTaskForm(taskId)) {
            return new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }
}
