package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.network.Partnership;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The partner workspace: invited consultations, the role and reach, and responses entered for people offline. */
class PartnerWorkspaceIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    NetworkService network;
    @Autowired
    PartnerWorkspace workspace;
    @Autowired
    ParticipationService participation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_partner_sees_only_the_consultations_their_organisation_was_invited_to_and_accepts_a_role_with_its_reach() {
        Cycle.Cast ours = cycle.cast(3);
        Consultation invited = cycle.launch(ours, false);
        Cycle.Cast theirs = cycle.cast(3);
        Consultation notInvited = cycle.launch(theirs, false);
        cycle.completeAll(ours, invited, Set.of("Task_AgreePartnerRole"), null);
        WorkItem role = cycle.open(invited, "Task_AgreePartnerRole").get(0);

        signIn(ours.partner());
        navigate("partner");
        assertThat(text(_get(Component.class, spec -> spec.withId("partner-organisations"))))
                .contains(ours.organisation().name());
        assertThat(_find(Component.class, spec -> spec.withId("partner-consultation-" + invited.ref()))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("partner-consultation-" + notInvited.ref()))).isEmpty();
        assertThat(text(_get(Component.class, spec -> spec.withId("partner-agreed-" + invited.ref()))))
                .contains(ours.organisation().name() + ": not agreed yet");
        Anchor accept = _get(Anchor.class, spec -> spec.withId("partner-task-" + role.taskId()));
        assertThat(accept.getText()).contains(ours.organisation().name());
        assertThat(accept.getHref()).isEqualTo("work/" + role.taskId());

        navigate(accept.getHref());
        _get(CamundaFormRenderer.class, spec -> spec.withId("work-form")).setValues(Map.of(
                "organisationName", ours.organisation().name(), "role", "co_host",
                "reachEstimate", new BigDecimal("340"), "reachDescription", "Parents at our Saturday club."));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(_find(Component.class, spec -> spec.withId("work-done"))).hasSize(1);

        navigate("partner");
        assertThat(text(_get(Component.class, spec -> spec.withId("partner-agreed-" + invited.ref()))))
                .contains(ours.organisation().name() + ": co-host events. About 340 people.",
                        "Who you reach: Parents at our Saturday club.");
        assertThat(_find(Anchor.class, spec -> spec.withId("partner-task-" + role.taskId()))).isEmpty();
        assertThat(network.partnersOf(invited.id())).filteredOn(p -> p.organisation().id() == ours.organisation().id())
                .extracting(Partnership::role, Partnership::reachEstimate).containsExactly(tuple("co_host", 340));
    }

    @Test
    void a_partner_enters_a_response_for_someone_offline_which_is_recorded_as_assisted_with_their_consent() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);

        signIn(cast.partner());
        navigate("partner");
        Anchor assist = _get(Anchor.class, spec -> spec.withId("partner-assist-" + consultation.ref()));
        assertThat(assist.getHref()).isEqualTo("partner/assist/" + consultation.id());
        navigate(assist.getHref());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> agreement = _get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement"));
        _setValue(agreement, "disagree");
        TextArea matters = _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));
        _setValue(matters, "The bus stop by the shops has no shelter and no seat.");
        TextField name = _get(TextField.class, spec -> spec.withId("assisted-resident-name"));
        _setValue(name, "Joan 07700 900123");
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));

        // nothing stored: consent missing, contact details where only a name belongs; what was typed stays
        assertThat(_get(Component.class, spec -> spec.withId("assisted-consent-problem")).isVisible()).isTrue();
        assertThat(text(_get(Component.class, spec -> spec.withId("assisted-consent-problem"))))
                .contains("confirm that the person agreed");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("first name or initials only");
        assertThat(matters.getValue()).isEqualTo("The bus stop by the shops has no shelter and no seat.");
        assertThat(participation.figures(consultation.id()).assisted()).isZero();

        _setValue(name, "J.B.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("assisted-consent")), true);
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));
        assertThat(_find(Component.class, spec -> spec.withId("assisted-done"))).hasSize(1);

        assertThat(participation.figures(consultation.id()).assisted()).isEqualTo(1);
        Map<String, Object> row = jdbc.sql("select respondent_id, assisted_by, channel, resident_name, "
                        + "consent_wording, consent_at from response where consultation_id = ?")
                .param(consultation.id()).query().singleRow();
        assertThat(row.get("assisted_by")).isEqualTo(cast.partner().userId());
        assertThat(row.get("respondent_id")).isNull();
        assertThat(row.get("channel")).isEqualTo("assisted");
        assertThat(row.get("resident_name")).isEqualTo("J.B.");
        assertThat((String) row.get("consent_wording")).contains("agreed to this response");
        assertThat(row.get("consent_at")).isNotNull();

        navigate("partner");
        assertThat(text(_get(Component.class, spec -> spec.withId("partner-assisted-" + consultation.ref()))))
                .contains("You have entered 1 responses");
    }

    @Test
    void the_same_assisted_form_sent_twice_stores_one_response() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        Map<String, Object> answers = Map.of("agreement", "agree", "whatMattersMost", "More bins near the market.");
        AssistedResponse assisted = new AssistedResponse("AK", true, "The person agreed.", "key-" + consultation.ref());

        long first = workspace.enterAssistedResponse(cast.partner(), consultation.id(), answers, assisted);
        long second = workspace.enterAssistedResponse(cast.partner(), consultation.id(), answers, assisted);

        assertThat(second).isEqualTo(first);
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
    }

    @Test
    void an_email_to_hear_back_needs_the_persons_agreement_and_a_valid_address_and_is_kept_in_their_language() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        signIn(cast.partner());
        navigate("partner/assist/" + consultation.id());

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> agreement = _get(RadioButtonGroup.class, spec -> spec.withId("form-field-agreement"));
        _setValue(agreement, "agree");
        TextArea matters = _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));
        _setValue(matters, "A safe crossing by the primary school, please.");
        _setValue(_get(Checkbox.class, spec -> spec.withId("assisted-consent")), true);
        EmailField email = _get(EmailField.class, spec -> spec.withId("hear-back-email"));
        _setValue(email, "megan@example.org");
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));

        // an address without the person's agreement: refused beside the box, everything typed stays
        assertThat(_get(Component.class, spec -> spec.withId("hear-back-consent-problem")).isVisible()).isTrue();
        assertThat(text(_get(Component.class, spec -> spec.withId("hear-back-consent-problem"))))
                .contains("confirm the person agreed to be emailed");
        assertThat(email.getValue()).isEqualTo("megan@example.org");
        assertThat(matters.getValue()).isEqualTo("A safe crossing by the primary school, please.");
        assertThat(participation.figures(consultation.id()).responses()).isZero();

        // agreement with an address that is not one
        _setValue(_get(Checkbox.class, spec -> spec.withId("hear-back-consent")), true);
        _setValue(email, "megan at example");
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("check the email address");
        assertThat(_find(Component.class, spec -> spec.withId("hear-back-consent-problem"))).isEmpty();
        assertThat(participation.figures(consultation.id()).responses()).isZero();

        _setValue(email, "megan@example.org");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> language = _get(RadioButtonGroup.class, spec -> spec.withId("hear-back-language"));
        _setValue(language, "cy");
        _click(_get(Button.class, spec -> spec.withId("assisted-submit")));
        assertThat(_find(Component.class, spec -> spec.withId("assisted-done"))).hasSize(1);
        Map<String, Object> row = jdbc.sql("select h.email, h.language, h.consent_wording, h.user_id, r.channel "
                        + "from hear_back h join response r on r.id = h.response_id where h.consultation_id = ?")
                .param(consultation.id()).query().singleRow();
        assertThat(row.get("email")).isEqualTo("megan@example.org");
        assertThat(row.get("language")).isEqualTo("cy");
        assertThat(row.get("user_id")).isNull();
        assertThat(row.get("channel")).isEqualTo("assisted");
        assertThat((String) row.get("consent_wording")).contains("email them once");
    }

    @Test
    void a_partner_whose_organisation_was_not_invited_is_refused_by_the_screen_and_by_the_service() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        SignedInUser outsider = accounts.open(Roles.PARTNER);

        signIn(outsider);
        navigate("partner");
        assertThat(_find(Component.class, spec -> spec.withId("partner-none"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("partner-consultation-" + consultation.ref()))).isEmpty();
        navigate("partner/assist/" + consultation.id());
        assertThat(text(_get(Component.class, spec -> spec.withId("assisted-refused")))).contains("was not invited");
        assertThat(_find(Button.class, spec -> spec.withId("assisted-submit"))).isEmpty();

        Map<String, Object> answers = Map.of("agreement", "agree", "whatMattersMost", "More bins near the market.");
        assertThatThrownBy(() -> workspace.enterAssistedResponse(outsider, consultation.id(), answers,
                new AssistedResponse(null, true, "The person agreed.", "outsider-" + consultation.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> participation.respondAssisted(outsider, consultation.id(), answers,
                new AssistedResponse(null, true, "The person agreed.", "outsider2-" + consultation.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(participation.figures(consultation.id()).responses()).isZero();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
