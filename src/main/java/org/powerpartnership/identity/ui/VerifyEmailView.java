package org.powerpartnership.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.identity.EmailVerification;

/**
 * Where the link in a registration mail leads: it confirms the address and says so, or says why the link no longer
 * works. Without a working link the page offers a new one, and answers the same whatever address is typed.
 */
@Route("verify-email")
@AnonymousAllowed
class VerifyEmailView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient EmailVerification verification;

    final Paragraph outcome = new Paragraph();
    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph sent = new Paragraph();

    VerifyEmailView(EmailVerification verification) {
        this.verification = verification;
        addClassName("pp-narrow");
        outcome.setId("verify-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        removeAll();
        add(new H1(getTranslation("verify.heading")));
        if (token == null || token.isBlank()) {
            add(resendForm());
            return;
        }
        EmailVerification.Outcome result = verification.verify(token);
        outcome.setText(getTranslation(switch (result) {
            case VERIFIED -> "verify.verified";
            case ALREADY_USED -> "verify.alreadyUsed";
            case EXPIRED -> "verify.expired";
            case UNKNOWN -> "verify.unknown";
        }));
        add(outcome);
        if (result == EmailVerification.Outcome.VERIFIED || result == EmailVerification.Outcome.ALREADY_USED) {
            RouterLink signIn = new RouterLink(getTranslation("verify.signIn"), LoginView.class);
            signIn.setId("verify-sign-in");
            add(new Paragraph(signIn));
        } else {
            add(resendForm());
        }
    }

    private Section resendForm() {
        email.setLabel(getTranslation("verify.resend.email"));
        email.setId("verify-resend-email");
        email.setAutocomplete(Autocomplete.EMAIL);
        send.setText(getTranslation("verify.resend.submit"));
        send.setId("verify-resend-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> {
            verification.resend(email.getValue(), getLocale());
            sent.setText(getTranslation("verify.resend.sent"));
            sent.setVisible(true);
        });
        sent.setId("verify-resend-sent");
        sent.getElement().setAttribute("role", "status");
        sent.setVisible(false);
        return new Section(new H2(getTranslation("verify.resend.heading")),
                new Paragraph(getTranslation("verify.resend.intro")), email, send, sent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
