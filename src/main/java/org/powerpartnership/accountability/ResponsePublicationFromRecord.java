package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.powerpartnership.consultation.ResponsePublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the council's response counts as published, in one place: today a stored response with its publication time.
 * If a response becomes a draft before the panel signs it off, only this method needs to learn that.
 */
@Component
class ResponsePublicationFromRecord implements ResponsePublication {

    private final CommitmentService commitments;

    ResponsePublicationFromRecord(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(long consultationId) {
        return commitments.responseOf(consultationId).map(CouncilResponse::publishedAt).filter(Objects::nonNull);
    }
}
