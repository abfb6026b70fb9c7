package org.powerpartnership.consultation.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.powerpartnership.workflow.ProcessVariables;

/** Reading the shared process variables with their types. */
final class Variables {

    private Variables() {
    }

    static long consultationId(VariableScope scope) {
        return ((Number) scope.getVariable(ProcessVariables.CONSULTATION_ID)).longValue();
    }
}
