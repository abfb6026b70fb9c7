package org.powerpartnership.consultation.process;

import java.util.List;

import org.powerpartnership.consultation.CoDesignContributions;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.stereotype.Component;

/**
 * Before agreeing the question and methods, the team reads what each invited resident and partner suggested, and
 * is pointed to the survey builder, because the survey agreed here is the one the panel signs off.
 */
@Component
class CoDesignBriefing implements WorkItemBriefing {

    static final String AGREE_FORM = "agree-question-methods";

    private final CoDesignContributions contributions;

    CoDesignBriefing(CoDesignContributions contributions) {
        this.contributions = contributions;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        if (!AGREE_FORM.equals(item.formRef()) || item.consultationId() == null) {
            return List.of();
        }
        List<CoDesignContributions.Contribution> all = contributions.of(item.consultationId());
        String builder = "consultation/" + item.consultationId() + "/survey";
        if (all.isEmpty()) {
            return List.of(new Note("briefing.coDesign.none", List.of(), List.of(), builder,
                    "briefing.coDesign.builder"));
        }
        List<Note> notes = new java.util.ArrayList<>();
        for (CoDesignContributions.Contribution contribution : all) {
            notes.add(new Note("briefing.coDesign." + contribution.role(), List.of(contribution.name()),
                    contribution.answers().stream().map(a -> a.question() + " " + a.answer()).toList()));
        }
        notes.add(new Note("briefing.coDesign.survey", List.of(), List.of(), builder, "briefing.coDesign.builder"));
        return notes;
    }
}
