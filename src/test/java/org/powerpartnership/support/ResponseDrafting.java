package org.powerpartnership.support;

import java.time.LocalDate;
import java.util.List;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.ThemeDecision;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Prepares the council's response as the team does on the response editor: a decision with its reason on every
 * theme, and commitments with an owner, a due date and how we will know each is done. Then stage 7's work item may go
 * to the panel.
 */
@Component
public class ResponseDrafting {

    public static final String MEASURE = "Checked by the panel on a visit, with photographs on the record";

    private final CouncilResponseService responses;
    private final CommitmentPlanning planning;
    private final ThemeService themes;

    public ResponseDrafting(CouncilResponseService responses, CommitmentPlanning planning, ThemeService themes) {
        this.responses = responses;
        this.planning = planning;
        this.themes = themes;
    }

    /** A commitment as the editor adds it. */
    public Commitment commit(SignedInUser officer, long consultationId, String description, String owner,
                             LocalDate dueOn) {
        return planning.add(officer, consultationId,
                new CommitmentPlanning.CommitmentInput(description, owner, dueOn, MEASURE, List.of()));
    }

    /** Every theme adopted, with a reason, and the wording saved. */
    public void decideAll(SignedInUser officer, long consultationId) {
        responses.saveDraft(officer, consultationId, new CouncilResponseService.Wording("", "", ""),
                themes.of(consultationId).stream().map(theme -> new CouncilResponseService.DecisionInput(theme.id(),
                        ThemeDecision.ADOPTED, "It is what people asked for, and the budget allows it.")).toList());
    }

    /** Decides every theme and adds the commitment: the response is ready to go to the panel. */
    public Commitment prepare(SignedInUser officer, long consultationId, String description, String owner,
                              LocalDate dueOn) {
        decideAll(officer, consultationId);
        return commit(officer, consultationId, description, owner, dueOn);
    }
}
