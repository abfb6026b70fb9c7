package org.powerpartnership.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The council's published response and its commitments, for the consultation's exported record. Provided by the
 * accountability feature.
 */
public interface CommitmentSummaries {

    List<Line> commitments(long consultationId);

    Optional<Response> response(long consultationId);

    /** A promise with an owner and a due date. */
    record Line(long id, String description, String owner, LocalDate dueOn, String status, Instant deliveredAt) {
    }

    /** You asked, you said, we did. */
    record Response(String youAsked, String youSaid, String weDid, Instant publishedAt) {
    }

    CommitmentSummaries NONE = new CommitmentSummaries() {
        @Override
        public List<Line> commitments(long consultationId) {
            return List.of();
        }

        @Override
        public Optional<Response> response(long consultationId) {
            return Optional.empty();
        }
    };
}
