package org.powerpartnership.notification;

/** One plain-text message to one person ({@code recipientId} is their account, {@code to} their address). */
record Mail(String recipientId, String to, String subject, String body) {
}
