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

    /**
     * A promise with an owner and a due date.
     *
     * @param measure how we will know it is done (may be null for older commitments)
     * @param themes  the titles of the themes it answers
     */
    record Line(long id, String description, String owner, LocalDate dueOn, String status, Instant deliveredAt,
                String measure, List<String> themes) {
    }

    /**
     * You asked, you said, we did; with the council's decision on each theme and the commitments as published.
     *
     * @param decisions   each theme people raised, with the decision and its reason
     * @param commitments the commitments of the published response
     */
    record Response(String youAsked, String youSaid, String weDid, Instant publishedAt, List<Decision> decisions,
                    List<Line> commitments) {
    }

    /**
     * The council's decision on one theme.
     *
     * @param decision ADOPTED, ADOPTED_IN_PART or NOT_ADOPTED
     */
    record Decision(String theme, int responses, String decision, String reason) {
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
