package org.powerpartnership.workflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;

class WorkItemViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;

    @Autowired
    WorkService work;

    @Test
    void a_co_designer_sees_a_problem_beside_the_field_keeps_what_they_typed_and_then_completes_the_task() {
        Cycle.Cast cast = cycle.cast(3);
        var consultation = cycle.launch(cast, false);
        WorkItem task = cycle.open(consultation, "Task_CoDesignAsResident").get(0);

        signIn(cast.coDesigner());
        navigate("work/" + task.taskId());
        assertThat(_get(H1.class, spec -> spec.withId("work-title")).getText()).contains("Co-design");
        TextArea suggestion = (TextArea) _get(TextArea.class, spec -> spec.withId("form-field-questionSuggestion"));
        suggestion.setValue("Too short");
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(suggestion.isInvalid()).isTrue();
        assertThat(suggestion.getValue()).isEqualTo("Too short");
        assertThat(cycle.open(consultation, "Task_CoDesignAsResident")).hasSize(1);

        suggestion.setValue("Ask families which play equipment their children miss most, and when they visit.");
        var methods = _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class,
                spec -> spec.withId("form-field-methodsSuggested"));
        methods.setValue(java.util.Set.of("online_survey"));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(_find(H1.class, spec -> spec.withId("work-done"))).hasSize(1);
        assertThat(cycle.open(consultation, "Task_CoDesignAsResident")).isEmpty();
    }

    @Test
    void someone_elses_task_shows_a_plain_message_and_no_form() {
        Cycle.Cast cast = cycle.cast(3);
        var consultation = cycle.launch(cast, false);
        WorkItem task = cycle.open(consultation, "Task_CoDesignAsResident").get(0);

        signInAs(Roles.RESIDENT);
        navigate("work/" + task.taskId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("work-message")).getText()).contains("not yours");
        assertThat(_find(Button.class, spec -> spec.withId("work-submit"))).isEmpty();
    }

    @Test
    void a_task_completed_in_another_tab_gets_a_plain_message_and_is_completed_once() {
        Cycle.Cast cast = cycle.cast(3);
        var consultation = cycle.launch(cast, false);
        WorkItem task = cycle.open(consultation, "Task_CoDesignAsPartner").get(0);

        signIn(cast.partner());
        navigate("work/" + task.taskId());
        cycle.complete(cast.partner(), task, Map.of()); // the other tab
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("work-message")).getText()).contains("already done");
    }
}
