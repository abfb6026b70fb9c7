package org.powerpartnership.accountability;

import java.time.Instant;

/** The council's published response: you asked, you said, we did. */
public record CouncilResponse(long consultationId, String youAsked, String youSaid, String weDid, Instant publishedAt,
                              String publishedBy) {
}
