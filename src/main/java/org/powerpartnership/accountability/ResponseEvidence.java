package org.powerpartnership.accountability;

import java.util.List;
import java.util.Map;

/**
 * Stage 7's evidence: the council's response as the team submitted it to the panel ("you asked, you said, we did"),
 * the decision on each theme with its reason, and the commitments with owner, due date, measure and themes.
 *
 * @param themeTitles the consultation's themes by id, to name the themes a commitment answers
 */
public record ResponseEvidence(ResponseDraft response, List<DecidedTheme> decisions, List<Commitment> commitments,
                               Map<Long, String> themeTitles) {

    public ResponseEvidence {
        decisions = List.copyOf(decisions);
        commitments = List.copyOf(commitments);
        themeTitles = Map.copyOf(themeTitles);
    }
}
