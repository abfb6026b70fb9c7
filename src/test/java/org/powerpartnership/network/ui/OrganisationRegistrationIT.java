package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.OrganisationAdministration;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.OrganisationMember;
import org.powerpartnership.network.Registration;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;

/** A person registers their organisation; an officer reviews it from the work item, with the application in view. */
class OrganisationRegistrationIT extends KaribuTest {

    @Autowired
    OrganisationApplications applications;
    @Autowired
    OrganisationAdministration administration;
    @Autowired
    AccountService accountService;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    WorkService work;

    @Test
    void a_registered_organisation_waits_for_an_officer_who_approves_it_and_the_applicant_becomes_its_admin_and_a_partner() {
        SignedInUser applicant = signInAs(Roles.RESIDENT);
        String name = "Riverside Food Bank " + UUID.randomUUID().toString().substring(0, 6);
        register(name, OrganisationKind.FAITH_GROUP, "Riverside, Hillside", "We run a weekly food bank and advice drop-in.",
                "Call me on the food bank's number to check.");

        assertThat(currentPath()).isEqualTo("my-organisations");
        Application application = applications.applicationsOf(applicant.userId()).get(0);
        assertThat(text("my-application-state-" + application.id())).startsWith("Waiting for review");

        WorkItem review = reviewOf(application);
        assertThat(review.candidateGroup()).isEqualTo(Roles.OFFICER);
        assertThat(review.name()).isEqualTo("Review a new organisation");
        SignedInUser officer = signInAs(Roles.OFFICER);
        assertThat(work.inbox(officer, 0, 1000)).extracting(WorkItem::taskId).contains(review.taskId());
        navigate("work/" + review.taskId());
        String page = _get(com.vaadin.flow.component.html.Main.class, spec -> spec.withClasses("pp-work-item"))
                .getElement().getTextRecursively();
        assertThat(page).contains(applicant.displayName(), applicant.email(), name,
                "Kind: faith group", "Areas served: Hillside, Riverside",
                "We run a weekly food bank and advice drop-in.", "Call me on the food bank's number to check.");
        assertThat(page).doesNotContain("Consultation: organisation-application");

        _get(CamundaFormRenderer.class, spec -> spec.withId("work-form")).setValues(Map.of("decision", "approve"));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));

        assertThat(administration.membershipsOf(applicant.userId())).singleElement().satisfies(membership -> {
            assertThat(membership.organisation().name()).isEqualTo(name);
            assertThat(membership.role()).isEqualTo(OrganisationMember.ADMIN);
        });
        assertThat(accountService.rolesOf(applicant.userId())).contains(Roles.PARTNER);
        assertThat(mailsTo(applicant.email())).anySatisfy(mail -> assertThat(TestMailServer.subject(mail))
                .isEqualTo("“" + name + "” is approved"));

        // the applicant's open session still has the roles of sign-in: their page brings the partner role in
        signIn(applicant);
        navigate("my-organisations");
        assertThat(text("my-application-state-" + application.id())).startsWith("Approved on");
        assertThat(((SignedInUser) org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication().getPrincipal()).roles()).contains(Roles.PARTNER);
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("my-organisations-new-role"))
                .getHref()).isEqualTo("partner");
        assertThat(text("my-organisation-" + application.organisationId()))
                .isEqualTo(name + ": you are an organisation admin");
        signIn(accountService.signedInUser(applicant.userId()));
        navigate("our-organisation");
        assertThat(text("our-organisation-name")).isEqualTo(name);
    }

    @Test
    void a_declined_registration_keeps_the_officers_notes_for_the_applicant_and_a_decline_needs_a_reason() {
        SignedInUser applicant = signInAs(Roles.RESIDENT);
        String name = "Hillside Friends " + UUID.randomUUID().toString().substring(0, 6);
        register(name, OrganisationKind.COMMUNITY_GROUP, "Hillside", "A friendship group.", "");
        Application application = applications.applicationsOf(applicant.userId()).get(0);
        WorkItem review = reviewOf(application);

        signInAs(Roles.OFFICER);
        navigate("work/" + review.taskId());
        CamundaFormRenderer form = _get(CamundaFormRenderer.class, spec -> spec.withId("work-form"));
        form.setValues(Map.of("decision", "decline"));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(problemBesideNotes(form)).isEqualTo("Say why you decline: the organisation will read it");

        form.setValues(Map.of("decision", "decline", "notes", "We could not reach anyone at the address given."));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));

        signIn(applicant);
        navigate("my-organisations");
        assertThat(text("my-application-state-" + application.id())).startsWith("Declined on");
        assertThat(text("my-application-notes-" + application.id()))
                .isEqualTo("The reviewer’s notes: We could not reach anyone at the address given.");
        assertThat(administration.membershipsOf(applicant.userId())).isEmpty();
        assertThat(accountService.rolesOf(applicant.userId())).doesNotContain(Roles.PARTNER);
        assertThat(mailsTo(applicant.email())).anySatisfy(mail -> assertThat(TestMailServer.body(mail))
                .contains("We could not reach anyone at the address given."));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_name_already_in_the_directory_is_refused_with_an_offer_to_ask_to_join_it_and_nothing_typed_is_lost() {
        SignedInUser founder = accounts.open(Roles.RESIDENT);
        String name = "Canal Side Tenants " + UUID.randomUUID().toString().substring(0, 6);
        long first = applications.register(founder, new Registration(name, "tenants_residents", List.of("Canal Side"),
                "Tenants of the canal estate.", null));
        approve(first);

        SignedInUser neighbour = signInAs(Roles.RESIDENT);
        register("  " + name.toUpperCase().replace(" ", "   ") + " ", OrganisationKind.TENANTS_RESIDENTS, "Canal Side", "Tenants again.", "I live here.");

        TextField nameField = _get(TextField.class, spec -> spec.withId("register-organisation-name"));
        assertThat(nameField.getErrorMessage()).isEqualTo("“" + name + "” is already in the directory. "
                + "You can ask to join it instead.");
        assertThat(_get(TextArea.class, spec -> spec.withId("register-organisation-description")).getValue())
                .isEqualTo("Tenants again.");
        _click(_get(Button.class, spec -> spec.withId("register-organisation-ask-to-join")));

        assertThat(currentPath()).isEqualTo("my-organisations");
        assertThat(applications.applicationsOf(neighbour.userId())).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo(Application.JOIN);
            assertThat(asked.organisationName()).isEqualTo(name);
            assertThat(asked.message()).isEqualTo("I live here.");
        });
    }

    @Test
    void the_review_acts_once_and_refuses_an_application_already_decided() {
        SignedInUser applicant = accounts.open(Roles.RESIDENT);
        long id = applications.register(applicant, new Registration("Twice Told " + UUID.randomUUID(),
                "community_group", List.of("Riverside"), "Stories.", null));
        WorkItem review = reviewOf(applications.application(id));
        SignedInUser officer = accounts.open(Roles.OFFICER);
        SignedInUser otherOfficer = accounts.open(Roles.OFFICER);

        applications.decide(otherOfficer, id, false, "Decided elsewhere first.");
        assertThatThrownBy(() -> work.complete(officer, review.taskId(), Map.of("decision", "approve")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("joining.decide.alreadyDecided"));
        assertThat(applications.application(id).status()).isEqualTo(Application.DECLINED);
        assertThat(applications.application(id).notes()).isEqualTo("Decided elsewhere first.");
        assertThat(administration.membershipsOf(applicant.userId())).isEmpty();
    }

    @Test
    void registering_twice_registers_once_and_nobody_approves_their_own_application_or_one_without_the_officer_role() {
        SignedInUser applicant = accounts.open(Roles.RESIDENT);
        Registration registration = new Registration("Self Approved " + UUID.randomUUID(), "community_group",
                List.of("Riverside"), "Trying.", null);
        long id = applications.register(applicant, registration);
        assertThat(applications.register(applicant, registration)).isEqualTo(id);
        assertThat(applications.applicationsOf(applicant.userId())).hasSize(1);
        assertThatThrownBy(() -> applications.decide(applicant, id, true, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        SignedInUser officer = accounts.open(Roles.OFFICER);
        long own = applications.register(officer, new Registration("Officer's Own " + UUID.randomUUID(),
                "community_group", List.of("Riverside"), "Mine.", null));
        assertThatThrownBy(() -> work.complete(officer, reviewOf(applications.application(own)).taskId(),
                Map.of("decision", "approve")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(applications.application(id).isPending()).isTrue();
        assertThat(applications.application(own).isPending()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private void register(String name, OrganisationKind kind, String areas, String description, String message) {
        navigate("organisations/register");
        _setValue(_get(TextField.class, spec -> spec.withId("register-organisation-name")), name);
        _setValue(_get(ComboBox.class, spec -> spec.withId("register-organisation-kind")), kind);
        _setValue(_get(TextArea.class, spec -> spec.withId("register-organisation-areas")), areas);
        _setValue(_get(TextArea.class, spec -> spec.withId("register-organisation-description")), description);
        _setValue(_get(TextArea.class, spec -> spec.withId("register-organisation-message")), message);
        _click(_get(Button.class, spec -> spec.withId("register-organisation-send")));
    }

    private void approve(long applicationId) {
        WorkItem review = reviewOf(applications.application(applicationId));
        work.complete(accounts.open(Roles.OFFICER), review.taskId(), Map.of("decision", "approve"));
    }

    private WorkItem reviewOf(Application application) {
        return workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + application.id()).get(0);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static String problemBesideNotes(CamundaFormRenderer form) {
        return form.field("notes").map(field -> ((com.vaadin.flow.component.HasValidation) field).getErrorMessage())
                .orElse("");
    }

    static List<jakarta.mail.internet.MimeMessage> mailsTo(String address) {
        return mailsTo(address, 1);
    }

    /** What has arrived for the address, once at least so many mails have (mails leave in the background). */
    static List<jakarta.mail.internet.MimeMessage> mailsTo(String address, int atLeast) {
        long until = System.currentTimeMillis() + 20_000;
        while (TestMailServer.to(address).size() < atLeast && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return TestMailServer.to(address);
    }
}
