package org.powerpartnership.notification;

import org.powerpartnership.shared.OneLineText;

/**
 * One plain-text message to one person ({@code recipientId} is their account, {@code to} their address). The
 * subject never carries a line break, whatever title or name it was built from: one would start a header of its own.
 */
record Mail(String recipientId, String to, String subject, String body) {

    Mail {
        subject = OneLineText.flattened(subject);
    }
}
