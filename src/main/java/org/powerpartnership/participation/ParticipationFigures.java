package org.powerpartnership.participation;

import java.util.Map;

/**
 * Who has taken part so far.
 *
 * @param responses all responses
 * @param assisted  responses entered by a partner for someone offline
 * @param byAgeBand responses per age band (prefer-not and unknown included)
 * @param underRepresented age bands whose share of respondents is below half their share of the area
 */
public record ParticipationFigures(int responses, int assisted, Map<String, Integer> byAgeBand,
                                   java.util.List<String> underRepresented) {
}
