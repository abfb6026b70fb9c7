package org.powerpartnership.network.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.network.OrganisationInvitations;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;

/**
 * Where an invitation's link lands. Someone not signed in is asked to sign in or create an account first and comes
 * back here afterwards; then "Join <organisation>" makes them a member with the partner role. A link that no longer
 * works says why (expired, used, cancelled, unknown).
 */
@Route("join-organisation/:token")
@AnonymousAllowed
class JoinOrganisationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "join-organisation/";

    private final transient OrganisationInvitations invitations;
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private String token;

    JoinOrganisationView(OrganisationInvitations invitations, AccountService accounts, CurrentUser currentUser) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("pp-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        OrganisationInvitations.Lookup invitation = invitations.lookup(token);
        if (invitation.state() != OrganisationInvitations.State.OPEN) {
            message("joining.invitation." + invitation.state().name().toLowerCase(java.util.Locale.ROOT),
                    invitation.organisationName());
            return;
        }
        H1 heading = new H1(getTranslation("joining.invitation.heading", invitation.organisationName()));
        heading.setId("join-organisation-heading");
        add(heading);
        if (currentUser.find().isEmpty()) {
            comeBackAfterSignIn();
            Anchor signIn = new Anchor("login", getTranslation("joining.invitation.signIn"));
            signIn.setId("join-organisation-sign-in");
            // the invitation goes along: registering with the address it was mailed to needs no confirmation mail
            Anchor register = new Anchor("register?invitation=" + URLEncoder.encode(token, StandardCharsets.UTF_8),
                    getTranslation("joining.invitation.register"));
            register.setId("join-organisation-register");
            add(new Paragraph(getTranslation("joining.invitation.signInFirst")), new Paragraph(signIn),
                    new Paragraph(register));
            return;
        }
        Button join = new Button(getTranslation("joining.invitation.join", invitation.organisationName()),
                click -> join());
        join.setId("join-organisation-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.setDisableOnClick(true);
        add(new Paragraph(getTranslation("joining.invitation.intro", invitation.organisationName())), join);
    }

    private void join() {
        SignedInUser person = currentUser.require();
        try {
            String organisation = invitations.lookup(token).organisationName();
            invitations.accept(person, token);
            SessionRoles.refresh(accounts, person);
            removeAll();
            H1 heading = new H1(getTranslation("joining.invitation.joined.heading", organisation));
            heading.setId("join-organisation-joined");
            Anchor partner = new Anchor("partner", getTranslation("joining.invitation.joined.partner"));
            partner.setId("join-organisation-partner");
            // a full page load, so the shell lists the partner places the session has just gained
            partner.getElement().setAttribute("router-ignore", true);
            add(heading, new Paragraph(getTranslation("joining.invitation.joined", organisation)),
                    new Paragraph(partner));
        } catch (InvalidInputException refused) {
            removeAll();
            refused.problems().forEach(problem -> message(problem.messageKey(), null));
        }
    }

    /** After signing in (or registering, then signing in) the person lands on this link again. */
    private void comeBackAfterSignIn() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (session != null && session.getSession() != null) {
            String context = request == null ? "" : request.getContextPath();
            session.getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                    context + "/" + PATH + token);
        }
    }

    private void message(String key, String organisation) {
        H1 heading = new H1(getTranslation("joining.invitation.notWorking"));
        Paragraph text = new Paragraph(getTranslation(key, organisation == null ? "" : organisation));
        text.setId("join-organisation-message");
        add(heading, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.invitation.title");
    }
}
