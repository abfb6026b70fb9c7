package org.powerpartnership.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A consultation as recorded: its brief, its settings and where it stands. */
public record Consultation(
        long id, String ref, String title, String summary, String status,
        String issue, String formativeStatement, String iap2Level, String iap2Promise, String decisionMaker,
        String geographyType, String geographyName, BigDecimal budget, String question, String methods,
        Integer participationDays, LocalDate decisionBy,
        int taskDueDays, int reminderLeadDays, int signOffDays, Integer quorum, String reviewMonths,
        boolean deliberativePanel, String currentStage, String processInstanceId, String createdBy,
        Instant createdAt, Instant launchedAt, Instant completedAt,
        Instant windowOpenedAt, Instant windowClosesAt, Instant windowClosedAt) {

    public static final String ACTIVE = "ACTIVE";
    public static final String COMPLETED = "COMPLETED";
    /** Suspended with the sponsor's approval: no work, no timers, until resumed ({@link ConsultationPauses}). */
    public static final String PAUSED = "PAUSED";
    /** Ended early with the sponsor's approval; nothing more happens in it. */
    public static final String WITHDRAWN = "WITHDRAWN";

    public boolean isWindowOpen(Instant now) {
        return windowOpenedAt != null && windowClosedAt == null;
    }
}
