package org.powerpartnership.consultation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.stereotype.Component;

/**
 * Where missing people are the subject, the window's closing date and that it can be extended: on the partners'
 * outreach task after a representation gap (they ask the lead officer), and on the team's rework of a returned
 * participation stage (with a link to the overview, where the lead extends it). Only while the window is open.
 */
@Component
class WindowExtensionBriefing implements WorkItemBriefing {

    static final String OUTREACH_TASK = "Task_ReachUnderRepresented";

    private final ConsultationService consultations;
    private final Clock clock;

    WindowExtensionBriefing(ConsultationService consultations, Clock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        boolean outreach = OUTREACH_TASK.equals(item.taskKey());
        boolean returned = "stage-rework".equals(item.formRef()) && StageKey.PARTICIPATION.name().equals(item.stage());
        if (!(outreach || returned) || item.consultationId() == null) {
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
}
