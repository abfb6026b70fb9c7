package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.TaskDrafts;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Save and finish later" with more than a draft can hold: the page says so, naming the limit, does not say saved,
 * and keeps what was typed on screen; the draft saved before stays as it was.
 */
class SaveForLaterLimitIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    TaskDrafts drafts;

    @Test
    void a_draft_over_the_limit_is_refused_with_the_limit_and_the_typing_stays() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        signIn(resident);
        navigate("my-tasks/survey/" + consultation.id());
        TextArea answer = _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));

        _setValue(answer, "Benches in the shade, please.");
        _click(_get(Button.class, spec -> spec.withId("task-save")));
        assertThat(text(_get(Component.class, spec -> spec.withId("task-saved")))).contains("We saved your answers");

        String tooLong = "Shade. ".repeat(TaskDrafts.MAX_CHARACTERS / 7 + 10);
        _setValue(answer, tooLong);
        _click(_get(Button.class, spec -> spec.withId("task-save")));

        Component error = _get(Component.class, spec -> spec.withId("task-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(text(error)).contains("could not save", "60,000 characters");
        assertThat(text(_get(Component.class, spec -> spec.withId("task-saved")))).doesNotContain("saved");
        assertThat(answer.getValue()).isEqualTo(tooLong);
        assertThat(drafts.load(resident, "survey:" + consultation.id()).orElseThrow())
                .containsEntry("whatMattersMost", "Benches in the shade, please.");
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
