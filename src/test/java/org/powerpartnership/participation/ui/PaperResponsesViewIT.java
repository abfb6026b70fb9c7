package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Paper and event responses typed in by the team and by invited partners, one after another. */
class PaperResponsesViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    ParticipationService participation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_officer_enters_two_paper_responses_in_a_row_and_the_form_clears_and_counts_each_time() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/paper");

        fill("strongly_agree", "Fix the lights on the footpath by the school.", "LS6 2AB");
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(text("paper-count")).contains("Entered in this sitting: 1");
        assertThat(answerBox().getValue()).isEmpty();
        assertThat(agreement().getValue()).isNull();

        _setValue(channel(), "event");
        fill("disagree", "The market should stay on Saturdays please.", null);
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(text("paper-count")).contains("Entered in this sitting: 2");
        assertThat(channel().getValue()).as("the channel stays for the next response").isEqualTo("event");

        List<Map<String, Object>> rows = jdbc.sql("select channel, respondent_id, assisted_by, area from response "
                + "where consultation_id = ? order by id").param(consultation.id()).query().listOfRows();
        assertThat(rows).extracting(row -> row.get("channel")).containsExactly("paper", "event");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("respondent_id")).isNull();
            assertThat(row.get("assisted_by")).isEqualTo(cast.lead().userId());
        });
        assertThat(rows.get(0).get("area")).isEqualTo("LS6");
        assertThat(rows.get(1).get("area")).isNull();
    }

    @Test
    void a_refused_entry_keeps_everything_typed_and_says_what_is_missing_or_too_long() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/paper");

        _setValue(answerBox(), "x".repeat(3001));
        _setValue(postcode(), "LS6 2AB");
        _click(_get(Button.class, spec -> spec.withId("paper-save")));

        assertThat(agreement().isInvalid()).isTrue();
        assertThat(agreement().getErrorMessage()).isEqualTo("Please choose an answer.");
        assertThat(answerBox().isInvalid()).isTrue();
        assertThat(answerBox().getErrorMessage()).contains("3,000 characters or fewer");
        assertThat(answerBox().getValue()).hasSize(3001);
        assertThat(postcode().getValue()).isEqualTo("LS6 2AB");
        assertThat(text("paper-count")).contains("Not saved").contains("Entered in this sitting: 0");
        assertThat(_get(Button.class, spec -> spec.withId("paper-save")).isEnabled()).isTrue();
        assertThat(participation.figures(consultation.id()).responses()).isZero();

        _setValue(agreement(), "agree");
        _setValue(answerBox(), "Short enough now, and it says what matters.");
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(text("paper-count")).contains("Entered in this sitting: 1");
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
    }

    @Test
    void an_email_to_hear_back_is_refused_without_agreement_or_a_valid_address_and_nothing_typed_is_lost() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/paper");

        fill("agree", "More seats at the bus station, please.", "LS6 2AB");
        EmailField email = _get(EmailField.class, spec -> spec.withId("hear-back-email"));
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("hear-back-consent"));
        _setValue(consent, true);
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(email.isInvalid()).as("agreement without an address").isTrue();
        assertThat(email.getErrorMessage()).contains("write their email address");
        assertThat(text("paper-count")).contains("Not saved");
        assertThat(answerBox().getValue()).isEqualTo("More seats at the bus station, please.");
        assertThat(postcode().getValue()).isEqualTo("LS6 2AB");

        _setValue(consent, false);
        _setValue(email, "ali@example.org");
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(email.isInvalid()).isFalse();
        assertThat(text("hear-back-consent-problem")).contains("confirm the person agreed");
        assertThat(email.getValue()).isEqualTo("ali@example.org");
        assertThat(participation.figures(consultation.id()).responses()).isZero();

        _setValue(consent, true);
        _click(_get(Button.class, spec -> spec.withId("paper-save")));
        assertThat(text("paper-count")).contains("Entered in this sitting: 1");
        assertThat(email.getValue()).as("empty again for the next person").isEmpty();
        assertThat(consent.getValue()).isFalse();
        assertThat(jdbc.sql("select email || ' ' || language from hear_back where consultation_id = ?")
                .param(consultation.id()).query(String.class).single()).isEqualTo("ali@example.org en");
    }

    @Test
    void the_same_entry_sent_twice_stores_one_response() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        Map<String, Object> answers = Map.of("agreement", "agree", "whatMattersMost", "Keep the library open later.");

        long first = participation.enterOnBehalf(cast.lead(), consultation.id(), answers, "paper", "k-" + consultation.ref());
        long second = participation.enterOnBehalf(cast.deputy(), consultation.id(), answers, "paper", "k-" + consultation.ref());

        assertThat(second).isEqualTo(first);
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
    }

    @Test
    void a_partner_of_an_invited_organisation_enters_one_from_the_same_screen() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        signIn(cast.partner());
        navigate("partner");
        com.vaadin.flow.component.html.Anchor link = _get(com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("partner-paper-" + consultation.ref()));
        assertThat(link.getHref()).isEqualTo("consultation/" + consultation.id() + "/paper");
        navigate(link.getHref());

        _setValue(channel(), "event");
        fill("neutral", "A crossing near the park gates would help us.", null);
        _click(_get(Button.class, spec -> spec.withId("paper-save")));

        assertThat(text("paper-count")).contains("Entered in this sitting: 1");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("paper-back")).getHref())
                .isEqualTo("partner");
        assertThat(jdbc.sql("select assisted_by from response where consultation_id = ? and channel = 'event'")
                .param(consultation.id()).query(String.class).single()).isEqualTo(cast.partner().userId());
    }

    @Test
    void someone_not_on_the_team_or_not_invited_is_refused_by_the_screen_and_by_the_service() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openWindow(cast);
        Map<String, Object> answers = Map.of("agreement", "agree", "whatMattersMost", "Keep the library open later.");

        for (SignedInUser outsider : List.of(accounts.open(Roles.OFFICER), accounts.open(Roles.PARTNER))) {
            signIn(outsider);
            navigate("consultation/" + consultation.id() + "/paper");
            assertThat(text("paper-refused")).contains("cannot enter responses");
            assertThat(_find(Button.class, spec -> spec.withId("paper-save"))).isEmpty();
            assertThatThrownBy(() -> participation.enterOnBehalf(outsider, consultation.id(), answers, "paper",
                    "outsider-" + outsider.userId())).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> participation.enterOnBehalf(cast.coDesigner(), consultation.id(), answers, "paper",
                "resident-" + consultation.ref())).isInstanceOf(AccessDeniedException.class);
        assertThat(participation.figures(consultation.id()).responses()).isZero();
    }

    @Test
    void nothing_can_be_entered_before_the_window_opens() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/paper");
        assertThat(text("paper-refused")).contains("not open for responses");
        assertThatThrownBy(() -> participation.enterOnBehalf(cast.lead(), consultation.id(),
                Map.of("agreement", "agree", "whatMattersMost", "Keep the library open later."), "paper",
                "early-" + consultation.ref())).isInstanceOf(InvalidInputException.class);
    }

    private Consultation openWindow(Cycle.Cast cast) {
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        return consultation;
    }

    private void fill(String agreement, String matters, String postcode) {
        _setValue(agreement(), agreement);
        _setValue(answerBox(), matters);
        if (postcode != null) {
            _setValue(postcode(), postcode);
        }
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> agreement() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> channel() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("paper-channel"));
    }

    private static TextArea answerBox() {
        return _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));
    }

    private static TextField postcode() {
        return _get(TextField.class, spec -> spec.withId("form-field-postcode"));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
