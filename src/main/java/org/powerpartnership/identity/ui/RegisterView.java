package org.powerpartnership.identity.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.auth.NavigationAccessControl;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.PasswordRules;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * A resident opens their own account, which signs in once the link mailed to its address is opened. Every rule is
 * checked by the service; nothing typed is lost.
 */
@Route("register")
@AnonymousAllowed
class RegisterView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PROFILE_ROUTE = "profile";

    private final transient AccountService accounts;

    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button create = new Button();
    /** The token of the invitation link the person came from, if any: it may already prove their address. */
    private String invitationToken;

    RegisterView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("pp-narrow");

        email.setLabel(getTranslation("register.email"));
        email.setId("register-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        displayName.setLabel(getTranslation("register.displayName"));
        displayName.setId("register-name");
        displayName.setHelperText(getTranslation("register.displayNameHelp"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        password.setLabel(getTranslation("register.password"));
        password.setId("register-password");
        password.setHelperText(getTranslation("register.passwordHelp", PasswordRules.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setLabel(getTranslation("register.confirm"));
        confirm.setId("register-confirm");
        confirm.setRequiredIndicatorVisible(true);
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        create.setText(getTranslation("register.submit"));
        create.setId("register-submit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit());

        FormLayout form = new FormLayout(email, displayName, password, confirm);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        // the hint for organisations comes last: a newcomer's own fields and button keep their place on a phone
        add(new H1(getTranslation("register.heading")), new Paragraph(getTranslation("register.intro")), form,
                create, new RouterLink(getTranslation("register.haveAccount"), LoginView.class),
                new Paragraph(getTranslation("joining.registerPage.hint")));
    }

    private void submit() {
        try {
            if (!password.getValue().equals(confirm.getValue())) {
                throw new InvalidInputException(FieldProblem.of("confirm", "register.confirmMismatch"));
            }
            AccountService.Registered registered = accounts.registerResident(email.getValue(),
                    displayName.getValue(), password.getValue(), getLocale(), invitationToken);
            sendToProfileAfterSignIn();
            // the same page whether or not the address had an account: the mail tells its owner which
            String notice = registered == AccountService.Registered.READY ? "ready" : "registered";
            getUI().ifPresent(ui -> ui.navigate(LoginView.class, QueryParameters.of(notice, "1")));
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(),
                    Map.of("email", email, "displayName", displayName, "password", password, "confirm", confirm));
            unplaced.forEach(problem -> confirm.setErrorMessage(FieldProblems.message(this, problem)));
            create.setEnabled(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        invitationToken = event.getLocation().getQueryParameters().getSingleParameter("invitation").orElse(null);
    }

    /** A newcomer's first stop after signing in is their profile (Vaadin's sign-in success goes where this says). */
    private static void sendToProfileAfterSignIn() {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        // someone who came from a link that needs an account (an invitation to join an organisation) goes back to it
        if (session != null && session.getSession() != null && session.getSession()
                .getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE) == null) {
            String context = request == null ? "" : request.getContextPath();
            session.getSession().setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE,
                    context + "/" + PROFILE_ROUTE);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title");
    }
}
