package org.powerpartnership.participation;

import java.time.Instant;

/** A theme found in what people said, and the council's recorded consideration of it (Gunning principle 4). */
public record Theme(long id, long consultationId, String title, String summary, int mentions, String consideration,
                    String consideredBy, Instant consideredAt) {

    public boolean isConsidered() {
        return consideration != null && !consideration.isBlank();
    }
}
