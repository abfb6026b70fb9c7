package org.powerpartnership.participation;

import java.time.Instant;
import java.util.List;

/**
 * A response as the analysis reads it: its free-text answers labelled with the survey's questions, and the themes it
 * is tagged with.
 */
public record CodedResponse(long id, Instant submittedAt, String channel, List<Answer> answers, List<Tag> tags) {

    public CodedResponse {
        answers = List.copyOf(answers);
        tags = List.copyOf(tags);
    }

    public boolean isCoded() {
        return !tags.isEmpty();
    }

    /** One free-text answer under its question's label. */
    public record Answer(String key, String label, String text) {
    }

    /** A theme the response is tagged with, and the passage that shows it (or null). */
    public record Tag(long themeId, String passage) {
    }
}
