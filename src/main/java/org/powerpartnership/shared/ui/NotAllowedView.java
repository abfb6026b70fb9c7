package org.powerpartnership.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * A page this person's roles do not open, inside the shell (403 as the navigation's status, as {@link NotFoundView}
 * explains). Vaadin's navigation access control
 * sends someone signed out to the sign-in page, and a signed-in person here (in production mode too: this handler
 * replaces Vaadin's own, which would pretend the page does not exist). Signed in, they are told it is not for their
 * role and pointed home; signed out (a link opened as the session ended), they are offered to sign in.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAllowedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final transient AuthenticationContext authentication;

    public NotAllowedView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setId("not-allowed");
        add(new H1(getTranslation("error.notAllowed.heading")));
        if (authentication.isAuthenticated()) {
            Anchor home = new Anchor("", getTranslation("error.notAllowed.home"));
            home.setId("not-allowed-home");
            add(new Paragraph(getTranslation("error.notAllowed.signedIn")), new Paragraph(home));
        } else {
            Anchor signIn = new Anchor("login", getTranslation("error.notAllowed.signIn"));
            signIn.setId("not-allowed-sign-in");
            add(new Paragraph(getTranslation("error.notAllowed.signedOut")), new Paragraph(signIn));
        }
        return HttpStatusCode.FORBIDDEN.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notAllowed.title");
    }
}
