package org.powerpartnership.accountability;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.powerpartnership.consultation.CommitmentSummaries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The council's response and its commitments, as the consultation's exported record reads them. */
@Component
class CommitmentsForOverview implements CommitmentSummaries {

    private final CommitmentService commitments;
    private final CouncilResponseService responses;

    CommitmentsForOverview(CommitmentService commitments, CouncilResponseService responses) {
        this.commitments = commitments;
        this.responses = responses;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Line> commitments(long consultationId) {
        Map<Long, String> themes = responses.themeTitles(consultationId);
        return commitments.of(consultationId).stream()
                .map(c -> new Line(c.id(), c.description(), c.ownerName(), c.dueOn(), c.status(), c.deliveredAt(),
                        c.measure(), c.themeIds().stream().map(themes::get).filter(Objects::nonNull).toList()))
                .toList();
    }

    /** Only once the panel approved stage 7: a draft or a response with the panel is not public. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Response> response(long consultationId) {
        return commitments.responseOf(consultationId)
                .map(r -> new Response(r.youAsked(), r.youSaid(), r.weDid(), r.publishedAt(),
                        responses.publishedDecisionsOf(consultationId).stream()
                                .map(d -> new Decision(d.title(), d.responses(), d.decision(), d.reason())).toList(),
                        commitments(consultationId)));
    }
}
