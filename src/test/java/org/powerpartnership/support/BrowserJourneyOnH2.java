package org.powerpartnership.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the browser journeys of the {@code journey} package: they run in the H2 run only. What they prove beyond the
 * integration tests is the browser's side (navigation, focus, axe-core, what a person sees); every service they drive
 * has integration tests of its own in both runs, and the two journeys that take a consultation through the screens
 * alone ({@code LaunchToAccountabilityJourneyIT}, {@code PartnersJoinJourneyIT}) run on PostgreSQL too. Running the
 * others twice cost CI about eight minutes and could show nothing the database decides (docs/decisions.md, "CI time").
 */
public class BrowserJourneyOnH2 implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return PostgresRun.isPostgresRun()
                ? ConditionEvaluationResult.disabled("a browser journey: runs in the H2 run only (the services it "
                        + "drives are tested on PostgreSQL by their own integration tests)")
                : ConditionEvaluationResult.enabled("H2 run");
    }
}
