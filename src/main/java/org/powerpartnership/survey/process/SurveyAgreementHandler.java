package org.powerpartnership.survey.process;

import java.util.Map;

import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Agreeing the question and methods publishes the survey as the version the panel signs off with stage 1. Runs
 * after the consultation has recorded the agreed question, so a team that wrote no survey of its own gets the
 * template with that question.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SurveyAgreementHandler implements TaskCompletionHandler {

    private final SurveyService surveys;

    SurveyAgreementHandler(SurveyService surveys) {
        this.surveys = surveys;
    }

    @Override
    public boolean handles(WorkItem item) {
        return "agree-question-methods".equals(item.formRef());
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        surveys.agree(user.userId(), item.consultationId());
        return Map.of();
    }
}
