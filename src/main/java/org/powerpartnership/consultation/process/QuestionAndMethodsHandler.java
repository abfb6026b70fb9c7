package org.powerpartnership.consultation.process;

import java.util.List;
import java.util.Map;

import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Co-design ends with the question people will be asked and the methods; both go on the consultation. First among
 * the handlers of this form, so the survey published with it can be seeded from the agreed question.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QuestionAndMethodsHandler implements TaskCompletionHandler {

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private final ConsultationService consultations;

    QuestionAndMethodsHandler(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public boolean handles(WorkItem item) {
        return "agree-question-methods".equals(item.formRef());
    }

    @Override
    public Map<String, Object> beforeCompletion(WorkItem item, SignedInUser user, Map<String, Object> values) {
        consultations.recordQuestionAndMethods(item.consultationId(), (String) values.get("consultationQuestion"),
                list(values.get("methods")));
        return Map.of();
    }
}
