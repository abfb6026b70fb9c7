package org.powerpartnership.participation.process;

import java.util.Map;

import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.SessionReplies;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.workflow.TaskCompletionHandler;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The participation stage's work items handed to their services. */
@Configuration(proxyBeanMethods = false)
class ParticipationTaskHandlers {

    /** Analysis is done only when every theme has a recorded consideration (Gunning principle 4). */
    @Bean
    TaskCompletionHandler analysisHandler(ThemeService themes, ParticipationService participation) {
        return TaskCompletionHandler.forForm("analysis-summary", (item, user, values) -> {
            var all = themes.of(item.consultationId());
            long unconsidered = all.stream().filter(theme -> !theme.isConsidered()).count();
            if (all.isEmpty() && participation.figures(item.consultationId()).responses() > 0) {
                throw new InvalidInputException(FieldProblem.of("analysisSummary", "analysis.themes.none"));
            }
            if (unconsidered > 0) {
                throw new InvalidInputException(FieldProblem.of("analysisSummary", "analysis.themes.unconsidered",
                        unconsidered, all.stream().filter(t -> !t.isConsidered()).map(Theme::title).toList()));
            }
            return Map.of();
        });
    }

    /** A juror's reply to the session invitation: counted, and any help they need asked for. */
    @Bean
    TaskCompletionHandler sessionReplyHandler(SessionReplies replies) {
        return TaskCompletionHandler.forForm(SessionReplies.FORM, (item, user, values) -> {
            replies.reply(user, item.consultationId(), values);
            return Map.of();
        });
    }

    @Bean
    TaskCompletionHandler adjustmentResponseHandler(AdjustmentService adjustments, WorkflowPort workflow) {
        return TaskCompletionHandler.forForm("adjustment-response", (item, user, values) -> {
            long adjustmentId = ((Number) workflow.processVariable(item.taskId(), "adjustmentId").orElseThrow())
                    .longValue();
            adjustments.answer(user, adjustmentId, (String) values.get("outcome"),
                    (String) values.get("messageToResident"));
            return Map.of();
        });
    }
}
