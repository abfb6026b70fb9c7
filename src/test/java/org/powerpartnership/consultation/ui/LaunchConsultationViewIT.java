package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.LaunchDrafts;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class LaunchConsultationViewIT extends KaribuTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    Memberships memberships;
    @Autowired
    LaunchDrafts drafts;

    @Test
    void an_officer_launches_a_consultation_step_by_step_and_a_problem_keeps_what_was_typed() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        SignedInUser officer = signIn(people.lead());
        navigate("launch");
        LaunchConsultationView view = _get(LaunchConsultationView.class);
        assertThat(view.current()).isEqualTo(LaunchConsultationView.Step.ISSUE);
        assertThat(view.lead.getValue().userId()).as("the lead is the officer by default").isEqualTo(officer.userId());

        // Too short an issue: the step stays, the message sits beside the field, nothing typed is lost.
        view.title.setValue(OfficerScreens.TITLE);
        view.issue.setValue("Play areas.");
        view.summary.setValue("Tell us how the Riverside play areas should change.");
        OfficerScreens.next();
        assertThat(view.current()).isEqualTo(LaunchConsultationView.Step.ISSUE);
        assertThat(view.issue.isInvalid()).isTrue();
        assertThat(view.issue.getErrorMessage()).contains("at least 30 characters");
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(view.title.getValue()).isEqualTo(OfficerScreens.TITLE);
        assertThat(view.issue.getValue()).isEqualTo("Play areas.");
        assertThat(view.summary.getValue()).startsWith("Tell us");

        // The rest, step by step; moving on saved a draft.
        OfficerScreens.fillAndContinue(view, people);
        assertThat(view.current()).isEqualTo(LaunchConsultationView.Step.CHECK);
        assertThat(view.draftId()).isNotNull();
        assertThat(drafts.mine(officer)).extracting(LaunchDrafts.Draft::title).contains(OfficerScreens.TITLE);
        assertThat(_get(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("launch-review"))
                .getElement().getTextRecursively()).contains("Riverside ward");

        _click(_get(Button.class, spec -> spec.withId("launch-submit")));
        assertThat(_get(com.vaadin.flow.component.progressbar.ProgressBar.class,
                spec -> spec.withId("launch-progress")).isVisible()).isTrue();
        OfficerScreens.await(() -> currentPath().startsWith("consultation/"));

        long id = Long.parseLong(currentPath().substring("consultation/".length()));
        Consultation launched = consultations.get(id);
        assertThat(launched.title()).isEqualTo(OfficerScreens.TITLE);
        assertThat(launched.participationDays()).isEqualTo(35);
        assertThat(launched.processInstanceId()).isNotNull();
        assertThat(memberships.userIds(id, MemberRole.PANEL)).hasSize(3);
        assertThat(memberships.userIds(id, MemberRole.DEPUTY)).containsExactly(people.deputy().userId());
        assertThat(drafts.mine(officer)).as("the draft went with the launch").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).as("no polling left behind").isNotEqualTo(Background.POLL_MILLIS);
    }

    @Test
    void a_launch_with_problems_in_earlier_steps_lists_them_and_goes_back_to_the_first() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        signIn(people.lead());
        navigate("launch");
        LaunchConsultationView view = _get(LaunchConsultationView.class);
        OfficerScreens.fillAndContinue(view, people);
        // A panel member put on the team as well: the panel would not be independent.
        view.otherOfficers.setValue(Set.of());
        view.panel.setValue(Set.of(OfficerScreens.person(view.panel, people.panel().get(0))));

        _click(_get(Button.class, spec -> spec.withId("launch-submit")));

        assertThat(view.current()).isEqualTo(LaunchConsultationView.Step.PANEL);
        assertThat(view.panel.isInvalid()).isTrue();
        assertThat(view.panel.getErrorMessage()).contains("at least 3");
        assertThat(_get(Div.class, spec -> spec.withId("launch-problems")).isVisible()).isTrue();
        assertThat(view.title.getValue()).isEqualTo(OfficerScreens.TITLE);
        assertThat(currentPath()).isEqualTo("launch");
    }

    @Test
    void a_saved_draft_is_resumed_with_everything_typed() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        SignedInUser officer = signIn(people.lead());
        navigate("launch");
        LaunchConsultationView view = _get(LaunchConsultationView.class);
        view.title.setValue("Library opening hours");
        view.issue.setValue("Opening hours were cut last year and people tell us they cannot get in after work.");
        _click(_get(Button.class, spec -> spec.withId("launch-save-draft")));
        Long draft = view.draftId();
        assertThat(draft).isNotNull();
        assertThat(_get(Div.class, spec -> spec.withId("launch-status")).getText()).contains("Draft saved");

        // Later, in a new tab: the draft is offered and comes back whole.
        signIn(officer);
        navigate("launch");
        _click(_get(Button.class, spec -> spec.withId("launch-resume-" + draft)));
        LaunchConsultationView resumed = _get(LaunchConsultationView.class);
        assertThat(resumed.title.getValue()).isEqualTo("Library opening hours");
        assertThat(resumed.issue.getValue()).startsWith("Opening hours were cut");

        // Or straight from its address.
        signIn(officer);
        UI.getCurrent().navigate("launch", com.vaadin.flow.router.QueryParameters.of("draft", String.valueOf(draft)));
        assertThat(_get(LaunchConsultationView.class).title.getValue()).isEqualTo("Library opening hours");
    }

    @Test
    void residents_and_panel_members_cannot_open_the_launch_form() {
        signInAs(Roles.RESIDENT);
        navigate("launch");
        assertThat(_find(LaunchConsultationView.class)).isEmpty();

        signInAs(Roles.PANEL, Roles.RESIDENT);
        navigate("launch");
        assertThat(_find(LaunchConsultationView.class)).isEmpty();
    }
}
