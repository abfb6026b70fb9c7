package org.powerpartnership.notification;

/** One plain-text message to one person. */
record Mail(String to, String subject, String body) {
}
