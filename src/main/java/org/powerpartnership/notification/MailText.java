package org.powerpartnership.notification;

/** A notice's subject and text in one language. */
record MailText(String subject, String body) {
}
