package org.powerpartnership.survey;

import java.time.Instant;

/** One published version of a consultation's survey, for the record: when, by whom and why it changed. */
public record SurveyVersion(long consultationId, int version, String reason, String publishedBy, Instant publishedAt) {
}
