package org.powerpartnership.notification;

import org.powerpartnership.shared.OneLineText;

/**
 * One message to one person ({@code recipientId} is their account, {@code to} their address), written as plain text;
 * it leaves with a simple HTML copy beside it (see {@link MailFormat}). The subject never carries a line break,
 * whatever title or name it was built from: one would start a header of its own.
 *
 * @param messageKey      what the message is (a notice's key): the same key gives the same {@code Message-ID}, so a
 *                        retry is recognisably the same message; null derives it from the message itself
 * @param unsubscribeToken the signed token that stops mails like this one, or null for a mail that is not a notice
 *                         (a verification link, an invitation)
 */
record Mail(String recipientId, String to, String subject, String body, String messageKey,
            String unsubscribeToken) {

    Mail {
        subject = OneLineText.flattened(subject);
    }

    /** A direct mail: not a notice, so nothing to unsubscribe from. */
    Mail(String recipientId, String to, String subject, String body) {
        this(recipientId, to, subject, body, null, null);
    }
}
