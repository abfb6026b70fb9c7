package org.powerpartnership.participation;

import java.util.Optional;

import org.powerpartnership.consultation.ParticipationSummaries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Participation figures as the consultation's overview and exported record read them. */
@Component
class ParticipationForOverview implements ParticipationSummaries {

    private final ParticipationService participation;

    ParticipationForOverview(ParticipationService participation) {
        this.participation = participation;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Summary> of(long consultationId) {
        ParticipationFigures figures = participation.figures(consultationId);
        return Optional.of(new Summary(figures.responses(), figures.assisted(), figures.byAgeBand(),
                figures.underRepresented()));
    }
}
