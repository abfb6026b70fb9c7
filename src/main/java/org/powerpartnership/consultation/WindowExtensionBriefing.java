package org.powerpartnership.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Where missing people are the subject, the window's closing date and that it can be extended: on the partners'
 * outreach task after a representation gap (they ask the lead officer), and on the analysis reopened by a returned
 * participation stage (with a link to the overview, where the lead extends it). Only while the window is open.
 */
@Component
class WindowExtensionBriefing implements WorkItemBriefing {

    static final String OUTREACH_TASK = "Task_ReachUnderRepresented";
    /** The participation stage's own work, which a return of the stage reopens. */
    static final String ANALYSIS_TASK = "Task_AnalyseResponses";

    private final ConsultationService consultations;
    private final StageDecisions decisions;
    private final Clock clock;

    WindowExtensionBriefing(ConsultationService consultations, ObjectProvider<StageDecisions> decisions, Clock clock) {
        this.consultations = consultations;
        this.decisions = decisions.getIfAvailable(() -> StageDecisions.NONE);
        this.clock = clock;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        boolean outreach = OUTREACH_TASK.equals(item.taskKey());
        if (item.consultationId() == null) {
            return List.of();
        }
        boolean returned = ANALYSIS_TASK.equals(item.taskKey()) && lastParticipationRoundReturned(item.consultationId());
        if (!(outreach || returned)) {
            return List.of();
        }
        Consultation consultation = consultations.get(item.consultationId());
        if (!WindowExtensions.isOpen(consultation, clock.instant())) {
            return List.of();
        }
        List<Object> closes = List.of(LocalDate.ofInstant(consultation.windowClosesAt(), clock.getZone()));
        return outreach
                ? List.of(new Note("briefing.window.outreach", closes, List.of()))
                : List.of(new Note("briefing.window.returned", closes, List.of(),
                        "consultation/" + consultation.id(), "briefing.window.link"));
    }

    private boolean lastParticipationRoundReturned(long consultationId) {
        return decisions.of(consultationId).stream().filter(round -> round.stage() == StageKey.PARTICIPATION)
                .reduce((earlier, later) -> later)
                .map(round -> "RETURNED".equals(round.outcome())).orElse(false);
    }
}
