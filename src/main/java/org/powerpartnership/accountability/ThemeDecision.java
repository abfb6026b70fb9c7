package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.List;

/**
 * The council's decision on one theme of the analysis, always with its reason: what people raised, and whether the
 * council does it.
 *
 * @param decision {@link #ADOPTED}, {@link #ADOPTED_IN_PART} or {@link #NOT_ADOPTED}
 */
public record ThemeDecision(long themeId, long consultationId, String decision, String reason, String decidedBy,
                            Instant decidedAt) {

    public static final String ADOPTED = "ADOPTED";
    public static final String ADOPTED_IN_PART = "ADOPTED_IN_PART";
    public static final String NOT_ADOPTED = "NOT_ADOPTED";
    public static final List<String> DECISIONS = List.of(ADOPTED, ADOPTED_IN_PART, NOT_ADOPTED);
}
