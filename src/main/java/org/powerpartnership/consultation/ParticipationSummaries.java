package org.powerpartnership.consultation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who has taken part in a consultation so far, in figures. Provided by the participation feature, read by the
 * consultation's overview and exported record.
 */
public interface ParticipationSummaries {

    Optional<Summary> of(long consultationId);

    /**
     * @param responses        all responses so far
     * @param assisted         responses a partner entered for someone offline
     * @param byAgeBand        responses per age band
     * @param underRepresented age bands missing, or well below their share of the area
     */
    record Summary(int responses, int assisted, Map<String, Integer> byAgeBand, List<String> underRepresented) {

        public Summary {
            byAgeBand = Map.copyOf(byAgeBand);
            underRepresented = List.copyOf(underRepresented);
        }
    }

    ParticipationSummaries NONE = consultationId -> Optional.empty();
}
