package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.PauseKind;
import org.powerpartnership.consultation.PauseRequest;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lead asks on the overview, the sponsor decides on their desk, the public page and the record say why; the
 * sponsor resumes from the desk. Withdrawal reads "Withdrawn on" on both public pages.
 */
class PauseViewIT extends KaribuTest {

    static final String REASON = "The pre-election period starts on Monday; the council may not consult during it.";
    static final String WITHDRAWN = "The cabinet has decided not to go ahead with the park changes this year.";

    @Autowired
    Cycle cycle;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ConsultationPauses pauses;

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_asks_the_sponsor_approves_the_public_reads_why_and_the_sponsor_resumes() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        RadioButtonGroup<PauseKind> kind = _get(RadioButtonGroup.class, spec -> spec.withId("pause-kind"));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("pause-reason"));
        _setValue(kind, PauseKind.PAUSE);
        _setValue(reason, "Elections.");
        _click(_get(Button.class, spec -> spec.withId("pause-ask")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Say why, in 20 to 1,000 characters");
        assertThat(reason.getValue()).isEqualTo("Elections."); // nothing typed is lost
        assertThat(pauses.of(consultation.id())).isEmpty();

        _setValue(reason, REASON);
        _click(_get(Button.class, spec -> spec.withId("pause-ask")));
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-pause-waiting"))))
                .startsWith("Waiting for the sponsor").endsWith(REASON);
        assertThat(_find(Button.class, spec -> spec.withId("pause-ask"))).isEmpty(); // one request at a time

        PauseRequest asked = pauses.openRequest(consultation.id()).orElseThrow();
        signIn(cast.sponsor());
        navigate("sponsor");
        assertThat(text(_get(Component.class, spec -> spec.withId("pause-request-" + asked.id() + "-reason"))))
                .contains(REASON);
        _click(_get(Button.class, spec -> spec.withId("pause-request-" + asked.id() + "-approve")));
        assertThat(text(_get(Component.class, spec -> spec.withId("sponsor-pause-status"))))
                .startsWith("Approved: the consultation is paused.");
        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.PAUSED);

        signOut();
        navigate("have-your-say/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-pause"))))
                .startsWith("Paused since").endsWith(": " + REASON);
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-pause")))).startsWith("Paused since")
                .contains(REASON);

        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-read-only"))))
                .startsWith("This consultation is paused");
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-pause-state"))))
                .startsWith("Paused since").endsWith(": " + REASON);
        assertThat(_find(Button.class, spec -> spec.withId("pause-resume"))).hasSize(1);

        signIn(cast.sponsor());
        navigate("sponsor");
        _click(_get(Button.class, spec -> spec.withId("paused-" + consultation.id() + "-resume")));
        assertThat(consultations.get(consultation.id()).status()).isEqualTo(Consultation.ACTIVE);
        assertThat(_find(Component.class, spec -> spec.withId("paused-" + consultation.id()))).isEmpty();
    }

    @Test
    void a_withdrawn_consultation_says_so_and_why_on_its_public_page_and_record_and_the_deputy_cannot_ask() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        signIn(cast.deputy());
        navigate("consultation/" + consultation.id());
        assertThat(_find(Button.class, spec -> spec.withId("pause-ask"))).isEmpty();

        PauseRequest asked = pauses.request(cast.lead(), consultation.id(), PauseKind.WITHDRAW, WITHDRAWN);
        pauses.decide(cast.sponsor(), asked.id(), true, null);

        signOut();
        navigate("have-your-say/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-pause"))))
                .startsWith("Withdrawn on").endsWith(": " + WITHDRAWN);
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-pause")))).startsWith("Withdrawn on")
                .contains(WITHDRAWN);
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
