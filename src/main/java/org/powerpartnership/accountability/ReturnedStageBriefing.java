package org.powerpartnership.accountability;

import java.util.List;

import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.stereotype.Component;

/** On the rework task of a returned stage, the team reads the panel's reasons first. */
@Component
class ReturnedStageBriefing implements WorkItemBriefing {

    private final SignOffService signOff;

    ReturnedStageBriefing(SignOffService signOff) {
        this.signOff = signOff;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        if (!"stage-rework".equals(item.formRef()) || item.consultationId() == null || item.stage() == null) {
            return List.of();
        }
        StageKey stage = StageKey.valueOf(item.stage());
        return signOff.gatesOf(item.consultationId()).stream()
                .filter(gate -> gate.stage() == stage && Gate.RETURNED.equals(gate.outcome()))
                .reduce((first, second) -> second)
                .map(gate -> List.of(new Note("briefing.returned", List.of(gate.round()), reasons(gate))))
                .orElse(List.of());
    }

    private List<String> reasons(Gate gate) {
        List<String> lines = new java.util.ArrayList<>(signOff.votes(gate.id()).stream()
                .filter(vote -> Vote.RETURN.equals(vote.decision()) && vote.reasons() != null)
                .map(Vote::reasons).toList());
        if (gate.sponsorNote() != null && "return".equals(gate.sponsorDecision())) {
            lines.add(gate.sponsorNote());
        }
        return lines;
    }
}
