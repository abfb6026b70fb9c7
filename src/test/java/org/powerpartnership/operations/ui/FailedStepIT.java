package org.powerpartnership.operations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A step after a person's submission fails (here: the database refuses the new gate when the panel's gate opens).
 * The submission stays stored, the step is tried three times, five minutes apart, and then waits as one incident in
 * Operations; the admin's retry runs it and the cycle moves on to the panel's votes.
 */
class FailedStepIT extends KaribuTest {

    private static final String QUESTION = "How should the riverside path be shared by walkers and cyclists?";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsultationService consultations;
    @Autowired
    SignOffService signOff;

    @Test
    void a_failing_step_keeps_the_submission_becomes_one_incident_and_a_retry_from_operations_moves_the_cycle_on() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_AgreeQuestionAndMethods"), null);
        WorkItem agree = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);

        // A column no insert fills, made compulsory: reading the gates works, opening one fails (a fault of the kind a
        // half-applied schema change or a broken database constraint causes).
        jdbc.sql("alter table sign_off_gate add column out_of_reach integer").update();
        jdbc.sql("update sign_off_gate set out_of_reach = 1").update();
        jdbc.sql("alter table sign_off_gate alter column out_of_reach set not null").update();
        try {
            cycle.complete(cast, agree, Map.of("consultationQuestion", QUESTION));

            assertThat(consultations.get(consultation.id()).question()).as("the submission is stored")
                    .isEqualTo(QUESTION);
            assertThat(cycle.open(consultation)).as("nothing to do until the failed step runs").isEmpty();
            time.advance(Duration.ofMinutes(5), consultation.processInstanceId());
            signInAs(Roles.ADMIN);
            navigate("operations");
            assertThat(_find(UnorderedList.class, spec -> spec.withId("failed-steps-list"))).hasSize(1);
            assertThat(failedStepsOf(consultation)).as("two attempts: not an incident yet").isEmpty();
            time.advance(Duration.ofMinutes(5), consultation.processInstanceId());
        } finally {
            jdbc.sql("alter table sign_off_gate drop column out_of_reach").update();
        }

        navigate("");
        navigate("operations");
        List<ListItem> failed = failedStepsOf(consultation);
        assertThat(failed).as("three attempts, one incident").hasSize(1);
        assertThat(failed.get(0).getElement().getTextRecursively())
                .contains("Open the sign-off gate", "Accountability panel signs off a stage", consultation.ref());
        // the engine's words for the failure (H2 names the column; PostgreSQL's aborted transaction is reported by
        // Camunda as a persistence-layer error): shown, whatever they are
        assertThat(_get(failed.get(0), DescriptionList.class).getElement().getTextRecursively())
                .matches("(?s).*Error.{20,}");
        assertThat(signOff.gatesOf(consultation.id())).isEmpty();

        _click(_get(failed.get(0), Button.class));

        assertThat(_get(Paragraph.class, spec -> spec.withId("failed-steps-status")).getText())
                .isEqualTo("“Open the sign-off gate” ran and the process has moved on.");
        assertThat(failedStepsOf(consultation)).isEmpty();
        assertThat(signOff.gatesOf(consultation.id())).hasSize(1);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).as("the panel can vote").hasSize(3);
        navigate("");
        navigate("operations");
        assertThat(failedStepsOf(consultation)).as("gone for good").isEmpty();
    }

    private List<ListItem> failedStepsOf(Consultation consultation) {
        return _get(UnorderedList.class, spec -> spec.withId("failed-steps-list")).getChildren()
                .map(ListItem.class::cast)
                .filter(item -> item.getElement().getTextRecursively().contains(consultation.ref())).toList();
    }
}
