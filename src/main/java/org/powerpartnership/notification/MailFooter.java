package org.powerpartnership.notification;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The end of every notice mail and digest: the signed link that stops mails like it (no sign-in needed), and for
 * people with an account the page where they choose how and when they hear from us.
 */
@Component
class MailFooter {

    static final String SETTINGS_PATH = "/account/notifications";

    private final UnsubscribeTokens tokens;
    private final MailTexts texts;

    MailFooter(UnsubscribeTokens tokens, MailTexts texts) {
        this.tokens = tokens;
        this.texts = texts;
    }

    /** The token that stops {@code what} (a kind's name, or {@link UnsubscribeTokens#DIGEST}) for the recipient. */
    String token(String recipientId, String what) {
        return tokens.token(recipientId, what);
    }

    /** The text with the footer for a link made by {@link #token}. */
    String appendTo(String body, String recipientId, String what, String token, Locale language) {
        String stop = texts.link(UnsubscribeTokens.PAGE_PATH + token);
        String line;
        if (recipientId.startsWith("follower:")) {
            line = texts.text(language, "mail.footer.stopFollowing", stop);
        } else if (recipientId.startsWith("hear-back:")) {
            line = texts.text(language, "mail.footer.stopOneOff", stop);
        } else if (UnsubscribeTokens.DIGEST.equals(what)) {
            line = texts.text(language, "mail.footer.stopDigest", stop) + "\n"
                    + texts.text(language, "mail.footer.settings", texts.link(SETTINGS_PATH));
        } else {
            line = texts.text(language, "mail.footer.stopKind",
                    texts.text(language, "notifications.kind." + what), stop) + "\n"
                    + texts.text(language, "mail.footer.settings", texts.link(SETTINGS_PATH));
        }
        return body.stripTrailing() + "\n\n--\n" + line + "\n";
    }
}
