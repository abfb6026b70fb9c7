package org.powerpartnership.notification;

import java.time.Instant;

/**
 * One notice as its recipient sees it in their list.
 *
 * @param link the path of the page it is about (starting with a slash), or null
 */
public record NoticeLine(long id, String subject, String text, String link, Instant createdAt, boolean read) {
}
