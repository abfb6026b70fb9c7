package org.powerpartnership.accountability;

import java.util.List;
import java.util.Optional;

import org.powerpartnership.consultation.CommitmentSummaries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The council's response and its commitments, as the consultation's exported record reads them. */
@Component
class CommitmentsForOverview implements CommitmentSummaries {

    private final CommitmentService commitments;

    CommitmentsForOverview(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> commitments(long consultationId) {
        return commitments.of(consultationId).stream()
                .map(c -> new Line(c.id(), c.description(), c.ownerName(), c.dueOn(), c.status(), c.deliveredAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Response> response(long consultationId) {
        return commitments.responseOf(consultationId)
                .map(r -> new Response(r.youAsked(), r.youSaid(), r.weDid(), r.publishedAt()));
    }
}
