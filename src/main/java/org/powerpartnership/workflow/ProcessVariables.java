package org.powerpartnership.workflow;

/**
 * Names of the process variables the BPMN files and the features share. Variables carry ids, flags and
 * ISO-8601 durations or dates, never personal data.
 */
public final class ProcessVariables {

    public static final String CONSULTATION_ID = "consultationId";
    public static final String CONSULTATION_REF = "consultationRef";
    public static final String STAGE = "stage";
    /** How long a team task may take (ISO duration, e.g. P14D): due date and escalation. */
    public static final String TASK_DUE = "taskDue";
    /** When to remind about a team task (ISO duration after it appears). */
    public static final String REMIND_AFTER = "remindAfter";
    public static final String CO_DESIGN_PERIOD = "coDesignPeriod";
    public static final String REPRESENTATION_CHECK = "representationCheck";
    public static final String DELIBERATIVE_PANEL = "deliberativePanel";
    public static final String COMMITMENT_ID = "commitmentId";

    private ProcessVariables() {
    }

    public static String days(int days) {
        return "P" + Math.max(0, days) + "D";
    }
}
