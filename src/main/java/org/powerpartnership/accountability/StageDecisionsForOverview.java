package org.powerpartnership.accountability;

import java.util.List;

import org.powerpartnership.consultation.StageDecisions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The panel's sign-off rounds and votes, as the consultation's overview and exported record read them. */
@Component
class StageDecisionsForOverview implements StageDecisions {

    private final SignOffService signOff;

    StageDecisionsForOverview(SignOffService signOff) {
        this.signOff = signOff;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> of(long consultationId) {
        return signOff.gatesOf(consultationId).stream()
                .map(gate -> new Decision(gate.stage(), gate.round(), gate.openedAt(), gate.deadlineAt(),
                        gate.closedAt(), gate.outcome(), gate.quorum(), gate.panelSize(), gate.teamAnswer(),
                        gate.sponsorDecision(), gate.sponsorNote(),
                        signOff.votes(gate.id()).stream()
                                .map(vote -> new PanelVote(vote.voterId(), vote.decision(), vote.reasons(),
                                        vote.castAt(), vote.changedAt()))
                                .toList()))
                .toList();
    }
}
