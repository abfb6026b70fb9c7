package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.List;

/**
 * Stage 1's evidence about the survey: the version published with the agreed question and methods, and its
 * questions, so the panel signs off what residents will be asked.
 *
 * @param version     the published version
 * @param publishedAt when it was published
 * @param questions   its questions in order
 */
public record SurveyEvidence(int version, Instant publishedAt, List<Question> questions) {

    /**
     * One question.
     *
     * @param label    as residents read it
     * @param kind     what sort of answer: a form-js type ({@code radio}, {@code textarea} ...) or {@code rating}
     * @param required whether an answer is needed
     */
    public record Question(String label, String kind, boolean required) {
    }
}
