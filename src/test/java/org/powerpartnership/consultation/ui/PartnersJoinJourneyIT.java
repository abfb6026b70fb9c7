package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.network.ActingFor;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.FormFiller;
import org.powerpartnership.support.TestMailServer;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Partners join through the product, on a database without demo data: a person registers their organisation and an
 * officer approves it on the work page; its admin invites a colleague by mail, who joins from the link; a second
 * organisation joins the same way. Both are chosen from the directory at launch. The colleague co-designs from
 * Partner work, accepts their organisation's role and enters an assisted response for it; the other organisation's
 * member is refused each of those, by the screen and by the service. Engine state is only read (to know which task
 * is open); every change goes through a view.
 */
class PartnersJoinJourneyIT extends JourneyScreens {

    @Autowired
    OrganisationApplications applications;

    @Autowired
    WorkService work;

    @Autowired
    ActingFor actingFor;

    /** An organisation that joined, and its first admin (with the roles they hold now). */
    private record Joined(Organisation organisation, SignedInUser admin) {
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void an_organisation_joins_invites_a_colleague_and_speaks_only_for_itself_through_a_consultation() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Joined canal = joinThroughTheScreens(people.lead(), "Canal Side Tenants " + tag, OrganisationKind.TENANTS_RESIDENTS);
        Joined hillside = joinThroughTheScreens(people.lead(), "Hillside Faith Forum " + tag, OrganisationKind.FAITH_GROUP);
        SignedInUser colleague = inviteAColleague(canal);
        SignedInUser coDesigner = accounts.open(Roles.RESIDENT);

        Consultation consultation = launch(people, Set.of(canal.organisation().id(), hillside.organisation().id()),
                coDesigner);

        // Stage 1: the colleague finds the co-design on Partner work; the other organisation's member may not do it
        WorkItem colleaguesCoDesign = open(consultation).stream()
                .filter(item -> item.taskKey().equals("Task_CoDesignAsPartner")
                        && colleague.userId().equals(item.assignee())).findFirst().orElseThrow();
        refusedOnScreenAndByTheService(hillside.admin(), colleaguesCoDesign);
        doFromPartnerWork(colleague, colleaguesCoDesign, Map.of());
        for (WorkItem coDesign : open(consultation).stream().filter(item -> item.taskKey().startsWith("Task_CoDesign"))
                .toList()) {
            doOnScreen(coDesign, accountService.signedInUser(coDesign.assignee()));
        }
        buildSurvey(people.lead(), consultation);
        doOnScreen(only(consultation, "Task_AgreeQuestionAndMethods"), people.lead());
        voteEverywhere(consultation, people);

        // Stages 2 and 3: each organisation accepts its own role; the other's member is refused it
        for (int guard = 0; guard < 20 && !consultations.get(consultation.id()).isWindowOpen(time.now()); guard++) {
            WorkItem next = open(consultation).stream().filter(item -> !isVote(item)).findFirst().orElse(null);
            if (next == null) {
                voteEverywhere(consultation, people);
            } else if (next.candidateGroup().equals("organisation:" + canal.organisation().id())) {
                refusedOnScreenAndByTheService(hillside.admin(), next);
                doFromPartnerWork(colleague, next, Map.of("role", "promote"));
            } else if (next.candidateGroup().equals("organisation:" + hillside.organisation().id())) {
                doFromPartnerWork(hillside.admin(), next, Map.of("role", "assist"));
            } else {
                doOnScreen(next, actorFor(next, people, null));
            }
        }
        assertThat(consultations.get(consultation.id()).isWindowOpen(time.now())).as("the window opened").isTrue();

        // Stage 4: the colleague enters a response for someone offline, for their organisation and no other
        answerAssisted(colleague, consultation);
        signIn(hillside.admin());
        navigate("partner");
        assertThat(text(_get(Component.class, spec -> spec.withId("acting-for"))))
                .contains(hillside.organisation().name());
        assertThat(_find(Select.class, spec -> spec.withId("acting-for-choice")))
                .as("no switch to an organisation they do not belong to").isEmpty();
        assertThatThrownBy(() -> actingFor.choose(hillside.admin(), canal.organisation().id()))
                .isInstanceOf(AccessDeniedException.class);

        // the officer sees each organisation's part in the directory
        signIn(people.lead());
        navigate("organisations/" + canal.organisation().id());
        assertThat(text(_get(Component.class, spec -> spec.withId("organisation-invitation-" + consultation.id()))))
                .contains(consultation.title(), "Agreed to promote.");
        assertThat(text(_get(Main.class))).contains(consultation.title() + ": one response");
        navigate("organisations/" + hillside.organisation().id());
        assertThat(text(_get(Component.class, spec -> spec.withId("organisation-invitation-" + consultation.id()))))
                .contains("Agreed to assist people to take part.");
        assertThat(text(_get(Main.class))).doesNotContain(consultation.title() + ": one response");
    }

    /** A resident registers the organisation; an officer approves it on the review's work page. */
    @SuppressWarnings("unchecked")
    private Joined joinThroughTheScreens(SignedInUser officer, String name, OrganisationKind kind) {
        SignedInUser founder = accounts.open(Roles.RESIDENT);
        signIn(founder);
        navigate("organisations/register");
        _setValue(_get(TextField.class, spec -> spec.withId("register-organisation-name")), name);
        _setValue(_get(ComboBox.class, spec -> spec.withId("register-organisation-kind")), kind);
        _setValue(_get(TextArea.class, spec -> spec.withId("register-organisation-areas")), "Riverside");
        _setValue(_get(TextArea.class, spec -> spec.withId("register-organisation-description")),
                "Residents helping residents: meetings, a newsletter and a Saturday drop-in.");
        _click(_get(Button.class, spec -> spec.withId("register-organisation-send")));
        assertThat(currentPath()).isEqualTo("my-organisations");
        Application application = applications.applicationsOf(founder.userId()).get(0);

        WorkItem review = workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + application.id())
                .get(0);
        assertThat(work.inbox(officer, 0, 1000)).as("in the officers' work").extracting(WorkItem::taskId)
                .contains(review.taskId());
        signIn(officer);
        navigate("work/" + review.taskId());
        assertThat(text(_get(Main.class))).contains(name, founder.displayName());
        _get(CamundaFormRenderer.class, spec -> spec.withId("work-form")).setValues(Map.of("decision", "approve"));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));

        signIn(founder);
        navigate("my-organisations"); // the approval's partner role reaches the open session here
        assertThat(text(_get(Main.class))).contains(name + ": you are an organisation admin");
        return new Joined(network.organisation(application.organisationId()),
                accountService.signedInUser(founder.userId()));
    }

    /** The admin invites a colleague on "Our organisation"; the colleague joins from the link in the mail. */
    private SignedInUser inviteAColleague(Joined organisation) {
        SignedInUser colleague = accounts.open(Roles.RESIDENT);
        signIn(organisation.admin());
        navigate("our-organisation");
        _setValue(_get(EmailField.class, spec -> spec.withId("our-organisation-invite-email")), colleague.email());
        _click(_get(Button.class, spec -> spec.withId("our-organisation-invite-send")));
        String link = TestMailServer.body(mailsTo(colleague.email()).get(0)).lines()
                .filter(line -> line.contains("/join-organisation/")).findFirst().orElseThrow().strip();

        signIn(colleague);
        navigate(link.substring(link.indexOf("join-organisation/")));
        _click(_get(Button.class, spec -> spec.withId("join-organisation-join")));
        assertThat(text(_get(Component.class, spec -> spec.withId("join-organisation-joined"))))
                .isEqualTo("You have joined " + organisation.organisation().name());
        return accountService.signedInUser(colleague.userId());
    }

    /** The task is listed on the person's Partner work; they open it from there and send its form. */
    private void doFromPartnerWork(SignedInUser partner, WorkItem item, Map<String, Object> answers) {
        signIn(partner);
        navigate("partner");
        Anchor link = _get(Anchor.class, spec -> spec.withId("partner-task-" + item.taskId()));
        navigate(link.getHref());
        _get(CamundaFormRenderer.class, spec -> spec.withId("work-form"))
                .setValues(FormFiller.validValues(forms.byId(item.formRef()), answers));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(open(item.consultationId())).noneMatch(still -> still.taskId().equals(item.taskId()));
    }

    /** Not on their Partner work, refused on the work page, refused by the work service. */
    private void refusedOnScreenAndByTheService(SignedInUser outsider, WorkItem item) {
        signIn(outsider);
        navigate("partner");
        assertThat(_find(Anchor.class, spec -> spec.withId("partner-task-" + item.taskId()))).isEmpty();
        navigate("work/" + item.taskId());
        assertThat(text(_get(Component.class, spec -> spec.withId("work-message"))))
                .isEqualTo(UI.getCurrent().getTranslation("work.notYours"));
        assertThat(_find(Button.class, spec -> spec.withId("work-submit"))).isEmpty();
        assertThatThrownBy(() -> work.open(outsider, item.taskId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.complete(outsider, item.taskId(),
                FormFiller.validValues(forms.byId(item.formRef()), Map.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<WorkItem> open(long consultationId) {
        return workflow.openWorkItemsForConsultation(consultationId);
    }
}
