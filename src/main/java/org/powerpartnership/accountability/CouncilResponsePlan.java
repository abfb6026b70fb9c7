package org.powerpartnership.accountability;

import java.util.List;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.CodedTheme;

/**
 * Everything the response editor shows: the consultation and its question, each theme of the analysis with its
 * count, quotes, consideration and the council's decision so far, the saved draft (null before the first save), the
 * commitments, and the published response once the panel approved stage 7 (else null).
 */
public record CouncilResponsePlan(Consultation consultation, List<ThemeToDecide> themes, ResponseDraft draft,
                                  List<Commitment> commitments, CouncilResponse published) {

    public CouncilResponsePlan {
        themes = List.copyOf(themes);
        commitments = List.copyOf(commitments);
    }

    /** Where the response stands. */
    public enum State {
        /** The team is writing it. */
        DRAFT,
        /** Sent with stage 7 to the panel; the team waits for its sign-off. */
        WITH_THE_PANEL,
        /** The panel approved stage 7: the response is public. */
        PUBLISHED
    }

    public State state() {
        if (published != null) {
            return State.PUBLISHED;
        }
        return draft != null && draft.isSubmitted() ? State.WITH_THE_PANEL : State.DRAFT;
    }

    public boolean editable() {
        return state() == State.DRAFT;
    }

    /** A theme with what shows it and the council's decision on it (null while undecided). */
    public record ThemeToDecide(CodedTheme coded, ThemeDecision decision) {
    }
}
