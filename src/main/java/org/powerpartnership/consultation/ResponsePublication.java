package org.powerpartnership.consultation;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the council's response to a consultation is public yet, and since when: for features that must not depend
 * on the accountability feature (a resident's done tasks say "what happened with what you said"). Provided by the
 * accountability feature.
 */
public interface ResponsePublication {

    /** When the council's response was published; empty while there is none, or it is still a draft. */
    Optional<Instant> publishedAt(long consultationId);

    ResponsePublication NONE = consultationId -> Optional.empty();
}
