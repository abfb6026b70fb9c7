package org.powerpartnership.consultation;

import java.time.Instant;

/**
 * What the public reads about a paused or withdrawn consultation: since when and why. No personal data.
 *
 * @param kind  {@link PauseKind#PAUSE} for "paused since", {@link PauseKind#WITHDRAW} for "withdrawn on"
 * @param since when the sponsor approved it
 */
public record PublicPauseNotice(PauseKind kind, Instant since, String reason) {
}
