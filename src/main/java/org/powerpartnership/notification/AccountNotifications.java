package org.powerpartnership.notification;

import java.util.Locale;

import org.powerpartnership.identity.EmailVerification;
import org.powerpartnership.identity.RegistrationWithExistingAddress;
import org.powerpartnership.identity.VerificationLinkIssued;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails about registering, in the language the person registered in, after the registration is committed: the link
 * that confirms a new account's address, or, when the address already had an account, a word to its owner that
 * someone tried (and how to get in if it was them). The link's token is in the mail only.
 */
@Component
class AccountNotifications {

    static final String VERIFY_PATH = "/verify-email/";
    static final String RESEND_PATH = "/verify-email";
    static final String SIGN_IN_PATH = "/login";

    private final Postbox postbox;
    private final MailTexts texts;

    AccountNotifications(Postbox postbox, MailTexts texts) {
        this.postbox = postbox;
        this.texts = texts;
    }

    @TransactionalEventListener
    void verificationLinkIssued(VerificationLinkIssued event) {
        Locale language = Locale.forLanguageTag(event.language());
        postbox.post(new Mail(event.userId(), event.email(),
                texts.text(language, "mail.verify.subject"),
                texts.text(language, "mail.verify.body", event.displayName(), texts.link(VERIFY_PATH + event.token()),
                        EmailVerification.LIFETIME.toHours(), texts.link(RESEND_PATH))));
    }

    @TransactionalEventListener
    void registrationWithExistingAddress(RegistrationWithExistingAddress event) {
        Locale language = Locale.forLanguageTag(event.language());
        postbox.post(new Mail(event.userId(), event.email(),
                texts.text(language, "mail.registrationAttempt.subject"),
                texts.text(language, "mail.registrationAttempt.body", texts.link(SIGN_IN_PATH))));
    }
}
