package org.powerpartnership.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extending the participation window: the lead officer may move an open window's closing date later (never earlier:
 * people were promised at least that long, Gunning principle 3), with a reason the public reads, when a representation
 * check or the panel finds people missing. Everything that reads the closing date follows, because there is one: the
 * consultation's {@code window_closes_at}, which this moves together with the engine's closing timer, in one
 * transaction. Each extension is kept ({@code window_extension}) and audited.
 */
@Service
public class WindowExtensions {

    /** The boundary timer on the open window in engagement-cycle.bpmn; firing it closes the window. */
    static final String CLOSING_TIMER = "Timer_WindowCloses";
    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1000;

    private final ConsultationService consultations;
    private final ConsultationRepository repository;
    private final Memberships memberships;
    private final WorkflowPort workflow;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    WindowExtensions(ConsultationService consultations, ConsultationRepository repository, Memberships memberships,
                     WorkflowPort workflow, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.consultations = consultations;
        this.repository = repository;
        this.memberships = memberships;
        this.workflow = workflow;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Moves the closing date of the open window to {@code newClosingDate} (at the same time of day as before, in the
     * council's zone), with a reason. Only the consultation's lead officer; only while the window is open; the new
     * date must be after the current one. Every problem with the date and the reason at once.
     */
    @Transactional
    public WindowExtension extend(SignedInUser lead, long consultationId, LocalDate newClosingDate, String reason) {
        Consultation consultation = consultations.get(consultationId);
        if (!memberships.isLead(lead, consultationId)) {
            throw new AccessDeniedException(lead.userId() + " does not lead consultation " + consultation.ref());
        }
        Instant now = clock.instant();
        if (!isOpen(consultation, now)) {
            throw new InvalidInputException(FieldProblem.of("newClosingDate", "window.extend.notOpen"));
        }
        ZonedDateTime current = consultation.windowClosesAt().atZone(clock.getZone());
        List<FieldProblem> problems = new ArrayList<>();
        if (newClosingDate == null) {
            problems.add(FieldProblem.of("newClosingDate", "window.extend.dateRequired"));
        } else if (!newClosingDate.isAfter(current.toLocalDate())) {
            problems.add(FieldProblem.of("newClosingDate", "window.extend.notLater", current.toLocalDate().toString()));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            problems.add(FieldProblem.of("reason", "window.extend.reasonLength", REASON_MIN, REASON_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant closes = newClosingDate.atTime(current.toLocalTime()).atZone(clock.getZone()).toInstant();
        if (workflow.retimeTimer(consultation.processInstanceId(), CLOSING_TIMER, closes) == 0) {
            // the closing timer has just fired (the window is closing as we speak): nothing to move
            throw new InvalidInputException(FieldProblem.of("newClosingDate", "window.extend.notOpen"));
        }
        repository.moveWindowClose(consultationId, closes);
        jdbc.sql("insert into window_extension (consultation_id, old_closes_at, new_closes_at, reason, extended_by, "
                        + "extended_at) values (?, ?, ?, ?, ?, ?)")
                .params(consultationId, Timestamp.from(consultation.windowClosesAt()), Timestamp.from(closes), why,
                        lead.userId(), Timestamp.from(now))
                .update();
        audit.recordForStage(lead.userId(), consultationId, StageKey.PARTICIPATION.name(), "window.extended",
                "consultation:" + consultation.ref(), Map.of("from", consultation.windowClosesAt().toString(),
                        "to", closes.toString(), "reason", why));
        return new WindowExtension(consultationId, consultation.windowClosesAt(), closes, why, lead.userId(), now);
    }

    /** Whether the person may extend the window now: the consultation's lead officer, while it is open. */
    @Transactional(readOnly = true)
    public boolean mayExtend(SignedInUser user, long consultationId) {
        return memberships.isLead(user, consultationId) && isOpen(consultations.get(consultationId), clock.instant());
    }

    /** The consultation's extensions, oldest first. Public: the reasons are written for everyone to read. */
    @Transactional(readOnly = true)
    public List<WindowExtension> of(long consultationId) {
        return jdbc.sql("select consultation_id, old_closes_at, new_closes_at, reason, extended_by, extended_at "
                        + "from window_extension where consultation_id = ? order by extended_at, id")
                .param(consultationId)
                .query((rs, row) -> new WindowExtension(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Open and not yet past its closing time (the engine may not have closed it yet a moment after). */
    static boolean isOpen(Consultation consultation, Instant now) {
        return consultation.windowOpenedAt() != null && consultation.windowClosedAt() == null
                && consultation.windowClosesAt() != null && now.isBefore(consultation.windowClosesAt());
    }

}
