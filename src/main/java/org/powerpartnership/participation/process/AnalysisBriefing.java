package org.powerpartnership.participation.process;

import java.util.List;

import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.stereotype.Component;

/**
 * "Analyse responses and consider every theme" opened from an inbox points to the analysis screen, where the
 * responses are read and coded and the analysis is finished: the plain form alone cannot show the themes.
 */
@Component
class AnalysisBriefing implements WorkItemBriefing {

    @Override
    public List<Note> notesFor(WorkItem item) {
        if (!"analysis-summary".equals(item.formRef()) || item.consultationId() == null) {
            return List.of();
        }
        return List.of(new Note("briefing.analysis", List.of(), List.of(),
                "consultation/" + item.consultationId() + "/analysis", "briefing.analysis.link"));
    }
}
