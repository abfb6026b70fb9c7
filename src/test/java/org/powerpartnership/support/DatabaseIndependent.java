package org.powerpartnership.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For integration tests that never touch the database (rendering every form, axe-core over every form): they run
 * in the H2 run only, since the PostgreSQL run could show nothing new and would double their time.
 */
public class DatabaseIndependent implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return PostgresRun.isPostgresRun()
                ? ConditionEvaluationResult.disabled("does not touch the database: runs in the H2 run only")
                : ConditionEvaluationResult.enabled("H2 run");
    }
}
