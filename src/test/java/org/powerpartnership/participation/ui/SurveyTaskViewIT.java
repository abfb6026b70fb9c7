package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.profile.ProfileAnswers;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SurveyTaskViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    ProfileService profiles;
    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void the_survey_says_what_it_is_about_and_offers_the_age_band_from_the_resident_s_profile() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        profiles.save(resident, new ProfileAnswers(resident.displayName(), "email", null, null, "Riverside", "en",
                null, Set.of(), null, "45-54", null, null, null, null, true, ProfileService.CONSENT_VERSION,
                "I agree"));

        signIn(resident);
        navigate("my-tasks/survey/" + consultation.id());
        String intro = text(_get(Component.class, spec -> spec.withId("survey-introduction")));
        assertThat(intro).contains("What we are asking", "Background", "What you can still change",
                "The survey closes on");
        assertThat(text(_get(Component.class, spec -> spec.withId("survey-intro-open"))))
                .contains(consultation.formativeStatement());
        ComboBox<String> age = _get(ComboBox.class, spec -> spec.withId("form-field-ageBand"));
        assertThat(age.getValue()).isEqualTo("45-54");
        assertThat(text(_get(Component.class, spec -> spec.withId("task-saved")))).contains("in your profile");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement")), "agree");
        _setValue(_get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")),
                "Benches in the shade, please.");
        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_find(Component.class, spec -> spec.withId("task-done"))).hasSize(1);
        assertThat(jdbc.sql("select age_band from response where consultation_id = ? and respondent_id = ?")
                .params(consultation.id(), resident.userId()).query(String.class).single()).isEqualTo("45-54");
    }

    @Test
    void a_resident_who_ticks_tell_me_is_kept_to_hear_back_in_their_language_and_one_who_does_not_is_not() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser wantsToHear = accounts.open(Roles.RESIDENT);
        profiles.choose(wantsToHear.userId(), "cy");
        SignedInUser doesNot = accounts.open(Roles.RESIDENT);

        for (SignedInUser resident : java.util.List.of(wantsToHear, doesNot)) {
            signIn(resident);
            navigate("my-tasks/survey/" + consultation.id());
            com.vaadin.flow.component.checkbox.Checkbox tellMe = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                    spec -> spec.withId("survey-hear-back"));
            assertThat(tellMe.getValue()).as("never ticked for them").isFalse();
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement")), "agree");
            _setValue(_get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")),
                    "A water fountain in the park.");
            _setValue(tellMe, resident == wantsToHear);
            _click(_get(Button.class, spec -> spec.withId("task-send")));
            assertThat(_find(Component.class, spec -> spec.withId("task-done"))).hasSize(1);
        }
        assertThat(jdbc.sql("select user_id || ' ' || language from hear_back where consultation_id = ?")
                .param(consultation.id()).query(String.class).list())
                .as("their account, in the language of their profile; no address copied")
                .containsExactly(wantsToHear.userId() + " cy");
        assertThat(jdbc.sql("select count(*) from hear_back where consultation_id = ? and email is not null")
                .param(consultation.id()).query(Long.class).single()).isZero();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
