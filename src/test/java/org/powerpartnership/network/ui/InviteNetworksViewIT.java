package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.PartnerOrganisations;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.network.InvitationChoices;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.FormFiller;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;

/** Stage 2 chooses the organisations to invite from the directory; a name not in it waits for an officer. */
class InviteNetworksViewIT extends KaribuTest {

    private static final Map<String, Object> REST_OF_THE_FORM = Map.of(
            "networkRationale", "The youth project reaches young people the survey rarely hears from.",
            "reachTarget", new BigDecimal("800"),
            "stageSummary", "We invited the youth project from the directory and proposed the allotment society.");

    @Autowired
    Cycle cycle;
    @Autowired
    NetworkService network;
    @Autowired
    InvitationChoices choices;
    @Autowired
    PartnerOrganisations partnerOrganisations;
    @Autowired
    WorkService work;
    @Autowired
    FormCatalog forms;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_team_chooses_active_organisations_with_what_they_reach_and_a_new_name_is_proposed_not_invited_nor_public() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks", "Task_PlanAccess"), null);
        String tag = cast.lead().userId();
        long youth = organisation("Zephyr Youth Project " + tag, "active", "Eastfield", "16-24");
        organisation("Quiet Proposed Group " + tag, "proposed", null, null);
        String newName = "Newtown Allotment Society " + tag;
        WorkItem task = cycle.open(consultation, "Task_InviteNetworks").get(0);

        signIn(cast.lead());
        navigate("work/" + task.taskId());
        assertThat(currentPath()).isEqualTo("consultation/" + consultation.id() + "/invite-networks");
        TextField search = _get(TextField.class, spec -> spec.withId("invite-search"));
        _setValue(search, "quiet proposed " + tag);
        assertThat(_find(Component.class, spec -> spec.withId("invite-none"))).hasSize(1);
        _setValue(search, "zephyr " + tag);
        Checkbox youthBox = _get(Checkbox.class, spec -> spec.withId("invite-org-" + youth));
        assertThat(youthBox.getLabel()).contains("Zephyr Youth Project", "Eastfield", "16-24");
        _setValue(youthBox, true);
        _setValue(search, "");
        assertThat(_get(Checkbox.class, spec -> spec.withId("invite-org-" + cast.organisation().id())).getLabel())
                .contains("already invited");
        TextArea proposed = _get(TextArea.class, spec -> spec.withId("invite-proposed"));
        _setValue(proposed, newName);

        // the rest of the form is missing: refused beside its fields, nothing chosen or typed is lost
        _click(_get(Button.class, spec -> spec.withId("invite-submit")));
        CamundaFormRenderer form = _get(CamundaFormRenderer.class, spec -> spec.withId("invite-form"));
        assertThat(((HasValidation) form.field("networkRationale").orElseThrow()).isInvalid()).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("invite-org-" + youth)).getValue()).isTrue();
        assertThat(proposed.getValue()).isEqualTo(newName);
        assertThat(network.invitedOrganisationIds(consultation.id())).doesNotContain(youth);

        form.setValues(REST_OF_THE_FORM);
        _click(_get(Button.class, spec -> spec.withId("invite-submit")));
        assertThat(_find(Component.class, spec -> spec.withId("invite-done"))).hasSize(1);
        assertThat(text(_get(Component.class, spec -> spec.withId("invite-done-waiting")))).contains(newName);

        assertThat(network.invitedOrganisationIds(consultation.id()))
                .containsExactlyInAnyOrder(cast.organisation().id(), youth);
        assertThat(jdbc.sql("select status, proposed_by from organisation where name = ?").param(newName)
                .query().singleRow()).containsEntry("STATUS", "proposed").containsEntry("PROPOSED_BY", tag);
        assertThat(partnerOrganisations.directory()).extracting(PartnerOrganisations.Choice::name)
                .contains("Zephyr Youth Project " + tag).doesNotContain(newName, "Quiet Proposed Group " + tag);
        assertThat(partnerOrganisations.partnersOf(consultation.id())).extracting(PartnerOrganisations.Partner::name)
                .doesNotContain(newName);
        signOut();
        navigate("have-your-say/" + consultation.ref());
        String publicPage = com.vaadin.flow.component.UI.getCurrent().getChildren().map(InviteNetworksViewIT::text)
                .collect(java.util.stream.Collectors.joining(" "));
        assertThat(publicPage).contains(consultation.title()).doesNotContain(newName);
    }

    @Test
    void only_active_organisations_are_invited_and_only_by_the_consultations_team() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks", "Task_PlanAccess"), null);
        long waiting = organisation("Proposed Choir " + cast.lead().userId(), "proposed", null, null);
        WorkItem task = cycle.open(consultation, "Task_InviteNetworks").get(0);
        Map<String, Object> values = FormFiller.validValues(forms.byId(InvitationChoices.FORM));

        values.put(InvitationChoices.CHOSEN, String.valueOf(waiting));
        assertThatThrownBy(() -> work.complete(cast.lead(), task.taskId(), values))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("invite.notActive"));
        values.put(InvitationChoices.CHOSEN, "the CVS");
        assertThatThrownBy(() -> work.complete(cast.lead(), task.taskId(), values))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("invite.unknown"));
        assertThatThrownBy(() -> choices.invite(accounts.open(Roles.OFFICER), consultation.id(), "", ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> network.invite(consultation.id(), waiting, cast.lead().userId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(network.invitedOrganisationIds(consultation.id())).containsExactly(cast.organisation().id());
        assertThat(cycle.open(consultation, "Task_InviteNetworks")).hasSize(1);
    }

    @Test
    void a_returned_networks_stage_opens_the_chooser_with_what_was_written_and_proposed_last_time() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks", "Task_PlanAccess"), null);
        long youth = organisation("Zephyr Youth Club " + cast.lead().userId(), "active", "Eastfield", null);
        network.addMember(youth, cast.partner().userId()); // so the cast can accept its role too
        String newName = "Hillside Bowls Club " + cast.lead().userId();
        WorkItem task = cycle.open(consultation, "Task_InviteNetworks").get(0);
        Map<String, Object> values = new java.util.HashMap<>(REST_OF_THE_FORM);
        values.put(InvitationChoices.CHOSEN, String.valueOf(youth));
        values.put(InvitationChoices.PROPOSED, newName);
        cycle.complete(cast.lead(), task, values);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage").stream()
                .filter(vote -> "NETWORKS".equals(vote.stage())).toList();
        cycle.complete(cast, votes.get(0), Map.of("decision", "return", "reasons", "Nobody we invited reaches older people in the borough."));
        cycle.complete(cast, votes.get(1), Map.of("decision", "return", "reasons", "Nobody we invited reaches older people in the borough."));
        WorkItem reopened = cycle.open(consultation, "Task_InviteNetworks").get(0);

        signIn(cast.lead());
        navigate("work/" + reopened.taskId());
        assertThat(_get(TextArea.class, spec -> spec.withId("invite-proposed")).getValue()).isEqualTo(newName);
        assertThat(_get(Checkbox.class, spec -> spec.withId("invite-org-" + youth)).getValue()).isTrue();
        CamundaFormRenderer form = _get(CamundaFormRenderer.class, spec -> spec.withId("invite-form"));
        assertThat(((HasValue<?, ?>) form.field("networkRationale").orElseThrow()).getValue())
                .isEqualTo(REST_OF_THE_FORM.get("networkRationale"));
    }

    /** A directory entry as the directory's own screens would keep it (they are another part of the product). */
    private long organisation(String name, String status, String area, String ageBand) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, kind, created_at, status) values (?, 'community_group', ?, ?)")
                .params(name, Timestamp.from(Instant.now()), status).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (area != null) {
            jdbc.sql("insert into organisation_area (organisation_id, area) values (?, ?)").params(id, area).update();
        }
        if (ageBand != null) {
            jdbc.sql("insert into organisation_group (organisation_id, characteristic, group_value) "
                    + "values (?, 'ageBand', ?)").params(id, ageBand).update();
        }
        return id;
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
