package org.powerpartnership.accountability;

/**
 * A theme of the analysis with the council's decision, as the public, the record, open data and the panel read it.
 *
 * @param decision ADOPTED, ADOPTED_IN_PART or NOT_ADOPTED ({@link ThemeDecision})
 */
public record DecidedTheme(long themeId, String title, int responses, String summary, String decision,
                           String reason) {
}
