package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.network.ActingFor;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.network.Partnership;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.shared.ActingOrganisation;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.FormFiller;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Each organisation speaks for itself: its role, its outreach and its assisted responses are its own. */
class OrganisationWorkIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    NetworkService network;
    @Autowired
    PartnerWorkspace workspace;
    @Autowired
    ActingFor actingFor;
    @Autowired
    WorkService work;
    @Autowired
    FormCatalog forms;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_member_of_another_invited_organisation_does_not_see_open_or_accept_the_first_organisations_role() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SignedInUser other = accounts.open(Roles.PARTNER);
        Organisation theirs = network.findOrCreate("Other Forum " + other.userId(), "faith_group", "Riverside");
        network.addMember(theirs.id(), other.userId());
        network.invite(consultation.id(), theirs.id(), cast.lead().userId());
        cycle.completeAll(cast, consultation, Set.of("Task_AgreePartnerRole"), null);
        WorkItem ourRole = roleOf(consultation, cast.organisation());
        WorkItem theirRole = roleOf(consultation, theirs);

        signIn(other);
        navigate("partner");
        assertThat(_find(Anchor.class, spec -> spec.withId("partner-task-" + ourRole.taskId()))).isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withId("partner-task-" + theirRole.taskId())).getText())
                .contains(theirs.name());
        navigate("work/" + ourRole.taskId());
        assertThat(text(_get(Component.class, spec -> spec.withId("work-message"))))
                .isEqualTo(UI.getCurrent().getTranslation("work.notYours"));
        assertThat(_find(Button.class, spec -> spec.withId("work-submit"))).isEmpty();
        Map<String, Object> values = FormFiller.validValues(forms.byId("partner-role"));
        assertThatThrownBy(() -> work.open(other, ourRole.taskId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.complete(other, ourRole.taskId(), values))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> network.acceptRole(other, consultation.id(), cast.organisation().id(), "promote", 10,
                "Nobody")).isInstanceOf(AccessDeniedException.class);

        signIn(cast.partner());
        navigate("partner");
        assertThat(_find(Anchor.class, spec -> spec.withId("partner-task-" + theirRole.taskId()))).isEmpty();
        Anchor accept = _get(Anchor.class, spec -> spec.withId("partner-task-" + ourRole.taskId()));
        assertThat(accept.getText()).contains(cast.organisation().name());
        navigate(accept.getHref());
        _get(CamundaFormRenderer.class, spec -> spec.withId("work-form")).setValues(Map.of(
                "organisationName", cast.organisation().name(), "role", "promote",
                "reachEstimate", new BigDecimal("120"), "reachDescription", "Families at the Tuesday drop-in."));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(_find(Component.class, spec -> spec.withId("work-done"))).hasSize(1);

        assertThat(network.partnersOf(consultation.id()))
                .filteredOn(p -> p.organisation().id() == cast.organisation().id())
                .extracting(Partnership::acceptedBy).containsExactly(cast.partner().userId());
        assertThat(network.partnersOf(consultation.id())).filteredOn(p -> p.organisation().id() == theirs.id())
                .extracting(Partnership::isAccepted).containsExactly(false);
    }

    @Test
    void a_partners_co_design_task_shows_on_partner_work_and_opens_with_its_form() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        WorkItem coDesign = cycle.open(consultation, "Task_CoDesignAsPartner").stream()
                .filter(item -> cast.partner().userId().equals(item.assignee())).findFirst().orElseThrow();

        signIn(cast.partner());
        navigate("partner");
        Anchor link = _get(Anchor.class, spec -> spec.withId("partner-task-" + coDesign.taskId()));
        assertThat(link.getText()).isEqualTo(coDesign.name());
        navigate(link.getHref());
        assertThat(_find(CamundaFormRenderer.class, spec -> spec.withId("work-form"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("work-submit"))).hasSize(1);
    }

    @Test
    void outreach_and_assisted_responses_are_recorded_for_the_organisation_acted_for_and_refused_for_one_not_invited() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        Organisation notInvited = network.findOrCreate("Aardvark Allotments " + cast.partner().userId(),
                "community_group", "Riverside");
        network.addMember(notInvited.id(), cast.partner().userId());
        Map<String, Object> answers = Map.of("agreement", "agree", "whatMattersMost", "A crossing by the school.");

        // the header offers both organisations; acting for the one not invited
        signIn(cast.partner());
        navigate("partner");
        @SuppressWarnings("unchecked")
        Select<ActingOrganisation.Choice> acting = _get(Select.class, spec -> spec.withId("acting-for-choice"));
        assertThat(acting.getValue().id()).isEqualTo(notInvited.id()); // first by name
        assertThatThrownBy(() -> workspace.enterAssistedResponse(cast.partner(), consultation.id(), answers,
                new AssistedResponse("AK", true, "The person agreed.", "k1-" + consultation.ref())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspace.recordOutreach(cast.partner(), consultation.id(), "Carers", 12))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("partner.outreach.notInvited"));
        navigate("partner/assist/" + consultation.id());
        assertThat(_find(Component.class, spec -> spec.withId("assisted-refused"))).hasSize(1);

        // switching to the invited organisation in the header
        navigate("partner");
        acting = _get(Select.class, spec -> spec.withId("acting-for-choice"));
        _setValue(acting, new ActingOrganisation.Choice(cast.organisation().id(), cast.organisation().name()));
        assertThat(actingFor.current(cast.partner().userId()).orElseThrow().id()).isEqualTo(cast.organisation().id());
        long response = workspace.enterAssistedResponse(cast.partner(), consultation.id(), answers,
                new AssistedResponse("AK", true, "The person agreed.", "k2-" + consultation.ref()));
        workspace.recordOutreach(cast.partner(), consultation.id(), "Carers at the Tuesday club", 12);

        assertThat(jdbc.sql("select assisted_organisation_id from response where id = ?").param(response)
                .query(Long.class).single()).isEqualTo(cast.organisation().id());
        assertThat(jdbc.sql("select organisation_id from partner_outreach where consultation_id = ?")
                .param(consultation.id()).query(Long.class).list()).containsExactly(cast.organisation().id());
        navigate("have-your-say"); // away and back: the same route alone would keep the page as it was
        navigate("partner");
        assertThat(text(_get(Component.class, spec -> spec.withId("partner-outreach-" + consultation.ref()))))
                .contains(cast.organisation().name() + ": about 12 people reached. Carers at the Tuesday club");
    }

    @Test
    void nobody_acts_for_an_organisation_they_do_not_belong_to() {
        Cycle.Cast cast = cycle.cast(3);
        SignedInUser other = accounts.open(Roles.PARTNER);
        Organisation theirs = network.findOrCreate("Other Trust " + other.userId(), "community_group", null);
        network.addMember(theirs.id(), other.userId());

        assertThatThrownBy(() -> actingFor.choose(cast.partner(), theirs.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actingFor.current(cast.partner().userId()).orElseThrow().id()).isEqualTo(cast.organisation().id());

        signIn(cast.partner());
        navigate("partner");
        assertThat(text(_get(Component.class, spec -> spec.withId("acting-for"))))
                .isEqualTo("Acting for " + cast.organisation().name());
        assertThat(_find(Select.class, spec -> spec.withId("acting-for-choice"))).isEmpty();
    }

    private WorkItem roleOf(Consultation consultation, Organisation organisation) {
        return cycle.open(consultation, "Task_AgreePartnerRole").stream()
                .filter(item -> ("organisation:" + organisation.id()).equals(item.candidateGroup()))
                .findFirst().orElseThrow();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
