package org.powerpartnership.notification;

import java.time.Instant;

/**
 * A notice whose mail was given up on, as an admin sees it: who it was for by name or address (never an internal
 * id), what it said, how often it was tried and why it failed.
 *
 * @param noticeId what "Send again" acts on; not for display
 * @param writtenAt when the notice was written
 */
public record FailedMail(long noticeId, String recipient, String subject, int attempts, String lastError,
                         Instant writtenAt) {
}
