package org.powerpartnership.participation.process;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.participation.ParticipationFigures;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** {@code ${participation...}}: the participation window and the weekly look at who is taking part. */
@Component("participation")
public class ParticipationDelegate {

    static final String WINDOW_CLOSES_AT = "windowClosesAt";
    static final String REPRESENTATION_GAP = "representationGap";

    private final ConsultationService consultations;
    private final ParticipationService participation;
    private final AuditLog audit;
    private final Clock clock;

    ParticipationDelegate(ConsultationService consultations, ParticipationService participation, AuditLog audit,
                          Clock clock) {
        this.consultations = consultations;
        this.participation = participation;
        this.audit = audit;
        this.clock = clock;
    }

    public void openWindow(DelegateExecution execution) {
        Instant closes = consultations.openWindow(consultationId(execution));
        execution.setVariable(WINDOW_CLOSES_AT, closes.toString());
    }

    public void checkRepresentation(DelegateExecution execution) {
        long consultationId = consultationId(execution);
        ParticipationFigures figures = participation.figures(consultationId);
        boolean gap = !figures.underRepresented().isEmpty() && !windowClosed(execution);
        audit.recordForStage(AuditLog.SYSTEM, consultationId, "PARTICIPATION", "representation.checked",
                "consultation:" + consultationId, Map.of("responses", figures.responses(), "missing",
                        String.join(",", figures.underRepresented())));
        execution.setVariable(REPRESENTATION_GAP, gap);
    }

    public boolean windowClosed(DelegateExecution execution) {
        Consultation consultation = consultations.get(consultationId(execution));
        return consultation.windowClosesAt() != null && !clock.instant().isBefore(consultation.windowClosesAt());
    }

    public void closeWindow(DelegateExecution execution) {
        consultations.closeWindow(consultationId(execution));
    }

    private static long consultationId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ProcessVariables.CONSULTATION_ID)).longValue();
    }
}
