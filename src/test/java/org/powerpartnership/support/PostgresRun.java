package org.powerpartnership.support;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the PostgreSQL run of the integration tests, with a message that says why, when {@code POSTGRES_URL} is
 * not set (a developer's machine without PostgreSQL). CI sets it; there an unreachable server fails the run.
 */
public class PostgresRun implements ExecutionCondition {

    public static boolean isPostgresRun() {
        return "postgres".equals(System.getProperty("pp.test.database"));
    }

    public static Optional<String> serverUrl() {
        return Optional.ofNullable(System.getenv("POSTGRES_URL")).filter(url -> !url.isBlank());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isPostgresRun() && serverUrl().isEmpty()) {
            return ConditionEvaluationResult.disabled(
                    "PostgreSQL run skipped: set POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) "
                            + "to run the integration tests on PostgreSQL as well");
        }
        return ConditionEvaluationResult.enabled(isPostgresRun() ? "on PostgreSQL" : "on H2");
    }
}
