package org.powerpartnership.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.ThemeDecision;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.Theme;
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
    private final Cycle cycle;
    private final ParticipationService participation;
    private final EngineTime time;

    public ResponseDrafting(CouncilResponseService responses, CommitmentPlanning planning, ThemeService themes,
                            Cycle cycle, ParticipationService participation, EngineTime time) {
        this.responses = responses;
        this.planning = planning;
        this.themes = themes;
        this.cycle = cycle;
        this.participation = participation;
        this.time = time;
    }

    /**
     * Through a launched consultation's cycle to its response: one resident answers, the window runs its length, one
     * theme is found and considered, the later stages are done, and stage 7's work item waits. Returns the theme.
     */
    public Theme throughTheCycleToTheResponse(Cycle.Cast cast, Consultation consultation) {
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(),
                Map.of("agreement", "agree", "whatMattersMost", "Safe paths and lights near the play area.",
                        "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        Theme theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting and paths came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths in the next budget.");
        cycle.completeAll(cast, consultation, Set.of(CouncilResponseService.TASK), null);
        return theme;
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
