package org.powerpartnership.participation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resident's request for support to take part, and the team's answer.
 *
 * @param status REQUESTED or ANSWERED
 * @param outcome arranged, alternative or declined
 */
public record Adjustment(long id, long consultationId, String requesterId, String kind, String details,
                         LocalDate neededBy, String status, String outcome, String message, Instant requestedAt,
                         Instant answeredAt) {
}
