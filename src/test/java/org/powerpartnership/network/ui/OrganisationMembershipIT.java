package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.EmailNotVerifiedException;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.OrganisationAdministration;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationMember;
import org.powerpartnership.network.Registration;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** An organisation's admin lets people in (requests, invitations by mail) and looks after its members. */
class OrganisationMembershipIT extends KaribuTest {

    @Autowired
    OrganisationApplications applications;
    @Autowired
    OrganisationAdministration administration;
    @Autowired
    AccountService accountService;
    @Autowired
    NetworkService network;
    @Autowired
    Memberships memberships;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    WorkService work;
    @Autowired
    Cycle cycle;
    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void someone_asks_to_join_an_active_organisation_and_its_admin_lets_them_in_from_the_organisation_page() {
        Active ours = activeOrganisation();
        SignedInUser newcomer = signInAs(Roles.RESIDENT);
        navigate("my-organisations");
        _setValue(_get(ComboBox.class, spec -> spec.withId("my-organisations-join-organisation")),
                new Organisation(ours.id(), ours.name(), "community_group", "Riverside"));
        _setValue(_get(TextArea.class, spec -> spec.withId("my-organisations-join-message")), "I volunteer there.");
        _click(_get(Button.class, spec -> spec.withId("my-organisations-join-send")));
        assertThat(text("my-organisations-status")).isEqualTo("Your request to join " + ours.name() + " has been sent.");
        Application request = applications.applicationsOf(newcomer.userId()).get(0);
        assertThat(workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + request.id()))
                .as("an organisation with an admin decides itself").isEmpty();

        signIn(ours.admin());
        navigate("our-organisation");
        assertThat(text("join-request-" + request.id())).contains(newcomer.displayName(), "I volunteer there.");
        _click(_get(Button.class, spec -> spec.withId("join-request-approve-" + request.id())));

        assertThat(text("our-organisation-status")).isEqualTo(newcomer.displayName() + " is now a member.");
        assertThat(text("member-" + newcomer.userId())).contains(newcomer.displayName(), ": member");
        assertThat(accountService.rolesOf(newcomer.userId())).contains(Roles.PARTNER);
        assertThat(applications.application(request.id()).status()).isEqualTo(Application.APPROVED);
        assertThatThrownBy(() -> applications.decide(newcomer, request.id(), false, "no"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_request_to_join_an_organisation_nobody_administers_goes_to_an_officer_and_makes_the_person_its_admin() {
        Organisation listed = network.findOrCreate("Hillside Allotments " + UUID.randomUUID(), "community_group",
                "Hillside");
        jdbc.sql("update organisation set status = 'active' where id = ?").param(listed.id()).update();
        SignedInUser grower = accounts.open(Roles.RESIDENT);
        long requestId = applications.askToJoin(grower, listed.id(), "I keep plot 12.");
        var review = workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + requestId).get(0);
        assertThat(review.name()).isEqualTo("Review a request to join an organisation");

        signInAs(Roles.OFFICER);
        navigate("work/" + review.taskId());
        assertThat(_get(com.vaadin.flow.component.html.Main.class, spec -> spec.withClasses("pp-work-item"))
                .getElement().getTextRecursively()).contains(grower.displayName() + " (" + grower.email()
                + ") asks to join “" + listed.name() + "”, which has no organisation admin yet", "I keep plot 12.");
        _get(org.powerpartnership.forms.ui.CamundaFormRenderer.class, spec -> spec.withId("work-form"))
                .setValues(Map.of("decision", "approve"));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));

        assertThat(administration.membershipsOf(grower.userId())).singleElement()
                .satisfies(membership -> assertThat(membership.isAdmin()).isTrue());
        assertThat(TestMailServer.subject(OrganisationRegistrationIT.mailsTo(grower.email()).get(0)))
                .isEqualTo("You have joined “" + listed.name() + "”");

        // from now on its admin hears of requests and decides them
        SignedInUser next = accounts.open(Roles.RESIDENT);
        applications.askToJoin(next, listed.id(), null);
        assertThat(TestMailServer.subject(OrganisationRegistrationIT.mailsTo(grower.email(), 2).get(1)))
                .isEqualTo(next.displayName() + " asks to join “" + listed.name() + "”");
    }

    @Test
    void an_admin_invites_a_colleague_by_mail_who_signs_in_from_the_link_and_joins_with_the_consultations() {
        Active ours = activeOrganisation();
        Consultation invited = cycle.launch(cycle.cast(3), false);
        network.invite(invited.id(), ours.id(), ours.admin().userId());
        SignedInUser colleague = accounts.open(Roles.RESIDENT);

        signIn(ours.admin());
        navigate("our-organisation");
        _setValue(_get(EmailField.class, spec -> spec.withId("our-organisation-invite-email")),
                colleague.email().toUpperCase());
        _click(_get(Button.class, spec -> spec.withId("our-organisation-invite-send")));
        assertThat(text("our-organisation-status")).isEqualTo("Invitation sent to " + colleague.email().toUpperCase()
                + ".");
        assertThat(text("our-organisation-invitations")).contains(colleague.email() + ": invited, the link works until");

        MimeMessage mail = OrganisationRegistrationIT.mailsTo(colleague.email()).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo(ours.admin().displayName() + " invites you to join “"
                + ours.name() + "”");
        String link = TestMailServer.body(mail).lines().filter(line -> line.contains("/join-organisation/"))
                .findFirst().orElseThrow().strip();
        String path = link.substring(link.indexOf("join-organisation/"));
        assertThat(jdbc.sql("select count(*) from organisation_invitation where token_hash = ?")
                .param(path.substring("join-organisation/".length())).query(Long.class).single())
                .as("only the token's hash is kept").isZero();

        signOut();
        navigate(path);
        assertThat(text("join-organisation-heading")).isEqualTo("Join " + ours.name());
        assertThat(_find(Component.class, spec -> spec.withId("join-organisation-sign-in"))).hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("join-organisation-join"))).isEmpty();

        signIn(colleague);
        navigate(path);
        _click(_get(Button.class, spec -> spec.withId("join-organisation-join")));
        assertThat(text("join-organisation-joined")).isEqualTo("You have joined " + ours.name());
        assertThat(network.membersOf(ours.id())).contains(colleague.userId());
        assertThat(accountService.rolesOf(colleague.userId())).contains(Roles.PARTNER);
        assertThat(memberships.holds(invited.id(), colleague.userId(), MemberRole.PARTNER)).isTrue();

        navigate(path);
        assertThat(text("join-organisation-message")).isEqualTo("This invitation to join " + ours.name()
                + " has already been used. Sign in with the account that used it.");

        // removing them takes them out of the consultation their organisation was invited to
        administration.removeMember(ours.admin(), ours.id(), colleague.userId());
        assertThat(memberships.holds(invited.id(), colleague.userId(), MemberRole.PARTNER)).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void someone_who_administers_two_organisations_chooses_which_one_to_manage() {
        Active first = activeOrganisation();
        Active second = activeOrganisation();
        network.addMember(second.id(), first.admin().userId(), OrganisationMember.ADMIN);
        signIn(first.admin());
        navigate("our-organisation");
        ComboBox<Organisation> chooser = _get(ComboBox.class, spec -> spec.withId("our-organisation-chooser"));
        assertThat(text("our-organisation-name")).isEqualTo(first.name().compareTo(second.name()) < 0
                ? first.name() : second.name());

        _setValue(chooser, administration.administeredBy(first.admin().userId()).stream()
                .filter(o -> o.id() == second.id()).findFirst().orElseThrow());
        assertThat(text("our-organisation-name")).isEqualTo(second.name());
        assertThat(text("member-" + second.admin().userId())).contains(second.admin().displayName());

        UI.getCurrent().navigate("our-organisation",
                QueryParameters.of("organisation", String.valueOf(first.id())));
        assertThat(text("our-organisation-name")).isEqualTo(first.name());
    }

    @Test
    void an_invitation_to_a_members_address_is_refused_beside_the_address() {
        Active ours = activeOrganisation();
        signIn(ours.admin());
        navigate("our-organisation");
        EmailField email = _get(EmailField.class, spec -> spec.withId("our-organisation-invite-email"));
        _setValue(email, ours.admin().email());
        _click(_get(Button.class, spec -> spec.withId("our-organisation-invite-send")));

        assertThat(email.getErrorMessage())
                .isEqualTo("Someone with this email address is already a member of the organisation");
        assertThat(email.getValue()).isEqualTo(ours.admin().email());
    }

    @Test
    void the_last_admin_cannot_be_removed_but_can_be_once_another_member_is_made_admin() {
        Active ours = activeOrganisation();
        SignedInUser colleague = accounts.open(Roles.PARTNER);
        network.addMember(ours.id(), colleague.userId(), OrganisationMember.MEMBER);
        signIn(ours.admin());
        navigate("our-organisation");

        _click(_get(Button.class, spec -> spec.withId("member-remove-" + ours.admin().userId())));
        assertThat(text("our-organisation-member-problem")).isEqualTo("This is the organisation’s only admin: "
                + "make someone else an admin before removing them.");
        assertThat(network.membersOf(ours.id())).contains(ours.admin().userId());

        _click(_get(Button.class, spec -> spec.withId("member-make-admin-" + colleague.userId())));
        assertThat(text("member-" + colleague.userId())).contains(colleague.displayName() + " (" + colleague.email()
                + "): organisation admin");
        assertThat(_find(Button.class, spec -> spec.withId("member-make-admin-" + colleague.userId()))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("member-remove-" + ours.admin().userId())));
        assertThat(currentPath()).isEqualTo("my-organisations");
        assertThat(network.membersOf(ours.id())).containsExactly(colleague.userId());
    }

    @Test
    void an_expired_or_cancelled_or_unknown_link_says_why_it_does_not_work() {
        Active ours = activeOrganisation();
        String expired = "expired-" + UUID.randomUUID();
        String cancelled = "cancelled-" + UUID.randomUUID();
        long expiredId = administration.invite(ours.admin(), ours.id(), expired + "@test.example.org");
        long cancelledId = administration.invite(ours.admin(), ours.id(), cancelled + "@test.example.org");
        String expiredPath = linkIn(expired + "@test.example.org");
        String cancelledPath = linkIn(cancelled + "@test.example.org");
        jdbc.sql("update organisation_invitation set expires_at = invited_at where id = ?").param(expiredId).update();
        administration.cancelInvitation(ours.admin(), cancelledId);

        signInAs(Roles.RESIDENT);
        navigate(expiredPath);
        assertThat(text("join-organisation-message")).isEqualTo("This invitation to join " + ours.name()
                + " has expired. Ask an admin of the organisation to invite you again.");
        navigate(cancelledPath);
        assertThat(text("join-organisation-message")).startsWith("This invitation to join " + ours.name()
                + " was cancelled.");
        navigate("join-organisation/not-a-real-token");
        assertThat(text("join-organisation-message")).startsWith("We do not recognise this link.");
    }

    @Test
    void a_newcomer_registering_from_an_invitation_with_the_address_it_was_mailed_to_needs_no_confirmation_mail() {
        Active ours = activeOrganisation();
        String invited = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        administration.invite(ours.admin(), ours.id(), invited);
        String path = linkIn(invited);
        String otherAddress = "other-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        navigate(path);
        String register = _get(Anchor.class,
                spec -> spec.withId("join-organisation-register")).getHref();
        assertThat(register).startsWith("register?invitation=");
        registerThrough(register, otherAddress, "Olwen Other");
        assertThat(text("login-notice")).as("another address is confirmed as for anyone")
                .contains("Check your email");
        String other = accountService.userIdForSignIn(otherAddress).orElseThrow();
        assertThatThrownBy(() -> accountService.checkAddressConfirmed(other))
                .isInstanceOf(EmailNotVerifiedException.class);

        registerThrough(register, invited, "Ifan Invited");
        assertThat(text("login-notice")).contains("Your account is ready");
        accountService.checkAddressConfirmed(accountService.userIdForSignIn(invited).orElseThrow());
        assertThat(OrganisationRegistrationIT.mailsTo(invited)).as("only the invitation").hasSize(1);
    }

    private void registerThrough(String register, String email, String name) {
        signOut();
        UI.getCurrent().navigate(register.substring(0, register.indexOf('?')),
                QueryParameters.of("invitation",
                        URLDecoder.decode(register.substring(register.indexOf('=') + 1),
                                StandardCharsets.UTF_8)));
        _setValue(_get(EmailField.class, spec -> spec.withId("register-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")),
                name);
        _setValue(_get(PasswordField.class,
                spec -> spec.withId("register-password")), "a long walk by the river");
        _setValue(_get(PasswordField.class,
                spec -> spec.withId("register-confirm")), "a long walk by the river");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
    }

    private String linkIn(String address) {
        String body = TestMailServer.body(OrganisationRegistrationIT.mailsTo(address).get(0));
        String link = body.lines().filter(line -> line.contains("/join-organisation/")).findFirst().orElseThrow();
        return link.strip().substring(link.strip().indexOf("join-organisation/"));
    }

    /** An organisation registered and approved through the review, and its admin as they sign in now. */
    private record Active(long id, String name, SignedInUser admin) {
    }

    private Active activeOrganisation() {
        SignedInUser founder = accounts.open(Roles.RESIDENT);
        String name = "Riverside Walkers " + UUID.randomUUID().toString().substring(0, 8);
        long applicationId = applications.register(founder, new Registration(name, "community_group",
                List.of("Riverside"), "Weekly walks for health.", null));
        var review = workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + applicationId).get(0);
        work.complete(accounts.open(Roles.OFFICER), review.taskId(), Map.of("decision", "approve"));
        return new Active(applications.application(applicationId).organisationId(), name,
                accountService.signedInUser(founder.userId()));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
