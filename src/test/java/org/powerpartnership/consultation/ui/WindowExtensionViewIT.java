package org.powerpartnership.consultation.ui;

import org.powerpartnership.shared.CouncilTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.WindowExtensions;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The lead officer extends an open participation window from the overview; the public page says why. */
class WindowExtensionViewIT extends KaribuTest {

    static final String REASON = "Few young people have answered yet; the youth club drop-in is on the 20th.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ConsultationService consultations;
    @Autowired
    WindowExtensions extensions;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_lead_extends_the_open_window_and_the_overview_and_the_public_page_show_the_new_date_and_the_reason() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        LocalDate closes = closingDate(consultation);

        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        _click(_get(Button.class, spec -> spec.withId("window-extend")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("window-extend-date")), closes.plusDays(14));
        _setValue(_get(TextArea.class, spec -> spec.withId("window-extend-reason")), REASON);
        _click(_get(Button.class, spec -> spec.withId("window-extend-save")));

        assertThat(closingDate(consultations.get(consultation.id()))).isEqualTo(closes.plusDays(14));
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-status"))))
                .startsWith("Saved: the window now closes on");
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-window-extensions"))))
                .startsWith("Extended from").endsWith(": " + REASON);

        signOut();
        navigate("have-your-say/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-window-extensions"))))
                .contains("Extended from").contains(REASON);
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-window-extensions")))).contains(REASON);
    }

    @Test
    void a_date_that_would_shorten_or_keep_the_window_and_a_missing_reason_are_refused_beside_their_fields() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        LocalDate closes = closingDate(consultation);

        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        _click(_get(Button.class, spec -> spec.withId("window-extend")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("window-extend-date"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("window-extend-reason"));
        _setValue(date, closes.minusDays(3));
        _click(_get(Button.class, spec -> spec.withId("window-extend-save")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).contains("never shortened");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why the window is extended");
        assertThat(date.getValue()).isEqualTo(closes.minusDays(3)); // nothing typed is lost

        _setValue(date, closes);
        _setValue(reason, REASON);
        _click(_get(Button.class, spec -> spec.withId("window-extend-save")));
        assertThat(date.isInvalid()).isTrue();
        assertThat(reason.isInvalid()).isFalse();
        assertThat(closingDate(consultations.get(consultation.id()))).isEqualTo(closes);
        assertThat(extensions.of(consultation.id())).isEmpty();
    }

    @Test
    void the_deputy_is_not_offered_the_extension_and_the_service_refuses_anyone_but_the_lead() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        LocalDate later = closingDate(consultation).plusDays(7);

        signIn(cast.deputy());
        navigate("consultation/" + consultation.id());
        assertThat(_find(Button.class, spec -> spec.withId("window-extend"))).isEmpty();
        assertThatThrownBy(() -> extensions.extend(cast.deputy(), consultation.id(), later, REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> extensions.extend(cast.partner(), consultation.id(), later, REASON))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(extensions.of(consultation.id())).isEmpty();
    }

    @Test
    void before_the_window_opens_the_lead_is_not_offered_the_extension() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        assertThat(_find(Button.class, spec -> spec.withId("window-extend"))).isEmpty();
    }

    private Consultation openWindow(Cycle.Cast cast) {
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        return consultations.get(consultation.id());
    }

    private LocalDate closingDate(Consultation consultation) {
        return LocalDate.ofInstant(consultation.windowClosesAt(), CouncilTime.zone());
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
