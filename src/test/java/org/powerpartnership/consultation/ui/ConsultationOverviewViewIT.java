package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;

class ConsultationOverviewViewIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    WorkService work;
    @Autowired
    Memberships memberships;
    @Autowired
    org.powerpartnership.support.EngineTime time;

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_window_s_dates_are_in_view_and_a_decision_date_the_late_window_overtook_is_flagged() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation onTime = cycle.launch(cast, false);
        cycle.completeAll(cast, onTime, Set.of(), null);
        signIn(cast.lead());
        navigate("consultation/" + onTime.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-window")).getText())
                .startsWith("Taking part: Open since");
        assertThat(_find(Paragraph.class, spec -> spec.withId("overview-decision-too-soon"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("overview-link-analysis"))
                .getHref()).isEqualTo("consultation/" + onTime.id() + "/analysis");

        // stages 1 to 3 took five and a half months: the window now closes after the decision date
        Consultation late = cycle.launch(cast, false);
        time.pass(java.time.Duration.ofDays(165));
        cycle.completeAll(cast, late, Set.of(), null);
        navigate("consultation/" + late.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-decision-too-soon")).getText())
                .contains("Ask the decision-maker to move the date");
    }

    @Test
    void the_team_sees_the_stages_with_the_panels_reasons_the_live_diagram_and_the_open_work() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        // Stage 1 is returned once, with reasons, then approved; stages 2 and 3 are open.
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks", "Task_PlanAccess"), (item, seen) ->
                item.taskKey().equals("Task_VoteOnStage") && seen <= 2
                        ? Map.of("decision", "return", "reasons", "The formative statement does not say what is fixed.")
                        : null);

        signIn(cast.deputy());
        navigate("consultation/" + consultation.id());
        assertThat(_get(H1.class, spec -> spec.withId("overview-heading")).getText()).isEqualTo(consultation.title());

        ListItem early = _get(ListItem.class, spec -> spec.withId("overview-stage-EARLY_ENGAGEMENT"));
        assertThat(early.getElement().getAttribute("data-status")).isEqualTo("SIGNED_OFF");
        assertThat(early.getElement().getTextRecursively())
                .contains("Sign-off round 1", "returned to the team", "The formative statement does not say what is fixed.",
                        "Sign-off round 2", "approved");
        assertThat(_get(ListItem.class, spec -> spec.withId("overview-stage-NETWORKS")).getElement()
                .getAttribute("data-status")).isEqualTo("IN_PROGRESS");
        assertThat(_get(ListItem.class, spec -> spec.withId("overview-stage-PARTICIPATION")).getElement()
                .getAttribute("data-status")).isEqualTo("NOT_STARTED");

        // The cycle's diagram, and the open stages' own diagrams, with where work is now.
        Div main = _get(Div.class, spec -> spec.withId("overview-diagram-main"));
        String svg = _get(main, Svg.class).getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"")
                .contains("data-element=\"SubProcess_Networks\" data-state=\"active\"")
                .contains("data-element=\"SubProcess_EarlyEngagement\" data-state=\"done\"");
        assertThat(_get(Paragraph.class, spec -> spec.withId("overview-diagram-now")).getText())
                .contains("2. Working with existing networks", "3. Addressing barriers");
        assertThat(_find(Div.class, spec -> spec.withClasses("pp-diagram"))).hasSize(3);
        assertThat(_get(Div.class, spec -> spec.withId("overview-diagram-stage-1")).getElement().getAttribute("data-plane"))
                .isIn("SubProcess_Networks", "SubProcess_Access");

        assertThat(_get(Section.class, spec -> spec.withId("overview-work")).getElement().getTextRecursively())
                .contains("Choose organisations and invite them", "Check equality impact and plan access");
        assertThat(_get(Section.class, spec -> spec.withId("overview-people")).getElement().getTextRecursively())
                .contains(cast.lead().displayName() + ", lead officer", "panel member");
        assertThat(_get(ConsultationOverviewView.class).overview().audit()).isNotEmpty();
    }

    @Test
    void a_leavers_claimed_work_goes_back_to_the_team_and_a_panel_member_cannot_join_the_team() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_AgreeQuestionAndMethods"), null);
        WorkItem task = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);
        work.claim(cast.deputy(), task.taskId());
        SignedInUser successor = accounts.open(Roles.OFFICER);

        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        ConsultationOverviewView view = _get(ConsultationOverviewView.class);

        // A panel member is refused, beside the field.
        view.leaver.setValue(view.leaver.getListDataView().getItems()
                .filter(p -> p.userId().equals(cast.deputy().userId())).findFirst().orElseThrow());
        view.newcomer.setItems(new LaunchConsultationView.Person(cast.panel().get(0).userId(), "Panel", "p@x"));
        view.newcomer.setValue(view.newcomer.getListDataView().getItem(0));
        _click(_get(Button.class, spec -> spec.withId("reassign-submit")));
        assertThat(view.newcomer.isInvalid()).isTrue();
        assertThat(view.newcomer.getErrorMessage()).contains("panel must stay independent");
        assertThat(memberships.holds(consultation.id(), cast.deputy().userId(), MemberRole.DEPUTY)).isTrue();

        // An officer takes the deputy's place; the deputy's claimed task is the team's again.
        navigate("consultation/" + consultation.id());
        view = _get(ConsultationOverviewView.class);
        view.leaver.setValue(view.leaver.getListDataView().getItems()
                .filter(p -> p.userId().equals(cast.deputy().userId())).findFirst().orElseThrow());
        view.newcomer.setValue(view.newcomer.getListDataView().getItems()
                .filter(p -> p.userId().equals(successor.userId())).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("reassign-submit")));
        assertThat(_get(Div.class, spec -> spec.withId("overview-status")).getText())
                .contains("is now deputy officer", "1 claimed task(s) went back to the team");
        assertThat(memberships.holds(consultation.id(), successor.userId(), MemberRole.DEPUTY)).isTrue();
        assertThat(memberships.isMember(consultation.id(), cast.deputy().userId())).isFalse();
        assertThat(work.open(successor, task.taskId()).assignee()).isNull();
        assertThat(work.inbox(successor, 0, 100)).extracting(WorkItem::taskId).contains(task.taskId());
    }

    @Test
    void admins_read_without_changing_and_others_are_refused() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);

        signInAs(Roles.ADMIN);
        navigate("consultation/" + consultation.id());
        assertThat(_find(H1.class, spec -> spec.withId("overview-heading"))).hasSize(1);
        assertThat(_find(Section.class, spec -> spec.withId("overview-reassign"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("overview-read-only"))).hasSize(1);

        signInAs(Roles.OFFICER); // an officer not on its team
        navigate("consultation/" + consultation.id());
        assertThat(_find(H1.class, spec -> spec.withId("overview-heading"))).isEmpty();
        assertThat(_find(H1.class, spec -> spec.withId("overview-not-found"))).hasSize(1);

        signIn(cast.panel().get(0)); // its own panel member
        navigate("consultation/" + consultation.id());
        assertThat(_find(ConsultationOverviewView.class)).isEmpty();

        signIn(cast.coDesigner()); // a resident
        navigate("consultation/" + consultation.id());
        assertThat(_find(ConsultationOverviewView.class)).isEmpty();
    }
}
