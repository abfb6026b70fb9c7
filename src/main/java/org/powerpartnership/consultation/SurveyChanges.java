package org.powerpartnership.consultation;

import java.time.Instant;
import java.util.List;

/**
 * Each published version of a consultation's survey after the first, with the reason it changed, for the public
 * page: once people are answering, nobody changes the questions quietly. Provided by the survey feature.
 */
public interface SurveyChanges {

    /** Versions after the one agreed in stage 1, oldest first. */
    List<Change> changes(long consultationId);

    /** Whether a survey has been agreed, so a printable version exists. */
    boolean agreed(long consultationId);

    record Change(int version, String reason, Instant publishedAt) {
    }

    SurveyChanges NONE = new SurveyChanges() {
        @Override
        public List<Change> changes(long consultationId) {
            return List.of();
        }

        @Override
        public boolean agreed(long consultationId) {
            return false;
        }
    };
}
