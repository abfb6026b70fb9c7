package org.powerpartnership.survey;

import java.util.List;

import org.powerpartnership.consultation.SurveyChanges;
import org.springframework.stereotype.Component;

/** The survey's versions as the public consultation page reads them. */
@Component
class SurveyChangesForPublic implements SurveyChanges {

    private final SurveyService surveys;

    SurveyChangesForPublic(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public List<Change> changes(long consultationId) {
        return surveys.versions(consultationId).stream().filter(version -> version.version() > 1)
                .map(version -> new Change(version.version(), version.reason(), version.publishedAt())).toList();
    }

    @Override
    public boolean agreed(long consultationId) {
        return !surveys.versions(consultationId).isEmpty();
    }
}
