package org.powerpartnership.participation.process;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.participation.DeliberationService;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code ${deliberation.jurors(execution)}} and the recruitment task of {@code deliberative-panel.bpmn}. */
@Configuration(proxyBeanMethods = false)
public class DeliberationDelegate {

    /** The jurors, one reflection and one vote task each. */
    public static final class Jurors {
        private final DeliberationService deliberation;

        Jurors(DeliberationService deliberation) {
            this.deliberation = deliberation;
        }

        public List<String> jurors(DelegateExecution execution) {
            return deliberation.jurors(((Number) execution.getVariable(ProcessVariables.CONSULTATION_ID)).longValue());
        }
    }

    @Bean("deliberation")
    Jurors deliberation(DeliberationService deliberation) {
        return new Jurors(deliberation);
    }

    @Bean
    TaskCompletionHandler recruitmentHandler(DeliberationService deliberation) {
        return TaskCompletionHandler.forForm("deliberation-recruitment", (item, user, values) -> {
            deliberation.recruit(user, item.consultationId(), ((Number) values.get("panelSize")).intValue());
            return Map.of();
        });
    }
}
