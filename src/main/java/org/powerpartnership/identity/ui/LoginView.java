package org.powerpartnership.identity.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign in with email and password; one sign-in for the screens and, for admins, the Camunda webapps. */
@Route("login")
@AnonymousAllowed
class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("pp-narrow");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        notice.setId("login-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");
        RouterLink register = new RouterLink(getTranslation("login.noAccount"), RegisterView.class);
        register.setId("login-register-link");
        add(new H1(getTranslation("login.heading")), notice, form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.containsKey("locked")) {
            String minutes = query.get("locked").get(0).replaceAll("\\D", "");
            form.setI18n(i18n(getTranslation("login.locked", minutes.isEmpty() ? "1" : minutes)));
            form.setError(true);
        } else if (query.containsKey("unverified")) {
            form.setI18n(i18n(getTranslation("login.unverified")));
            form.setError(true);
            RouterLink resend = new RouterLink(getTranslation("login.unverified.resend"), VerifyEmailView.class);
            resend.setId("login-resend-link");
            // Right under the form's message that it answers, not above the heading's neighbour.
            addComponentAtIndex(indexOf(form) + 1, resend);
        } else if (query.containsKey("error")) {
            form.setI18n(i18n(getTranslation("login.wrong")));
            form.setError(true);
        } else if (query.containsKey("ready")) {
            notice.setText(getTranslation("login.ready"));
            notice.setVisible(true);
        } else if (query.containsKey("registered")) {
            notice.setText(getTranslation("login.checkEmail"));
            notice.setVisible(true);
        }
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.formTitle"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.errorTitle"));
        error.setMessage(errorMessage == null ? getTranslation("login.wrong") : errorMessage);
        error.setUsername(getTranslation("login.emailRequired"));
        error.setPassword(getTranslation("login.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
