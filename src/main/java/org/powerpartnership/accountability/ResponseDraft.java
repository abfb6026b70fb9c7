package org.powerpartnership.accountability;

import java.time.Instant;

/**
 * The council's response as the team is writing it: "you asked, you said, we did". Submitted with stage 7 to the
 * panel ({@code submittedAt}); public only once the panel approves the stage (then it is a {@link CouncilResponse}).
 */
public record ResponseDraft(long consultationId, String youAsked, String youSaid, String weDid, String savedBy,
                            Instant savedAt, String submittedBy, Instant submittedAt) {

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
