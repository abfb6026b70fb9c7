package org.powerpartnership.participation;

import org.powerpartnership.shared.CouncilTime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reasonable adjustments: a resident asks for a format, a language, an interpreter, travel or childcare support
 * or another way to take part; it becomes a team task with a deadline (a reminder before, an escalation after).
 */
@Service
public class AdjustmentService {

    public static final String REQUEST_FORM = "adjustment-request";
    public static final String PROCESS = "adjustment-request";
    /** An officer replies within this many days, sooner when needed sooner (the support page says so). */
    public static final int RESPOND_WITHIN_DAYS = 5;

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final FormCatalog forms;
    private final WorkflowPort workflow;
    private final AuditLog audit;
    private final Clock clock;

    AdjustmentService(JdbcClient jdbc, ConsultationService consultations, FormCatalog forms, WorkflowPort workflow,
                      AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.forms = forms;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Adjustment request(SignedInUser resident, long consultationId, Map<String, ?> submitted) {
        Consultation consultation = consultations.get(consultationId);
        Map<String, Object> values = FormValues.throwIfInvalid(forms.byId(REQUEST_FORM), submitted);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into adjustment_request (consultation_id, requester_id, kind, details, needed_by, status, "
                        + "requested_at) values (?, ?, ?, ?, ?, 'REQUESTED', ?)")
                .params(consultationId, resident.userId(), values.get("kind"), values.get("details"),
                        values.get("neededBy"), Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        int days = respondWithin((LocalDate) values.get("neededBy"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CONSULTATION_ID, consultationId);
        variables.put(ProcessVariables.CONSULTATION_REF, consultation.ref());
        variables.put("adjustmentId", id);
        variables.put("respondBy", ProcessVariables.days(days));
        variables.put(ProcessVariables.TASK_DUE, ProcessVariables.days(days));
        variables.put(ProcessVariables.REMIND_AFTER, ProcessVariables.days(Math.max(1, days - 1)));
        workflow.start(PROCESS, consultation.ref(), variables);
        audit.record(resident.userId(), consultationId, "adjustment.requested", "adjustment:" + id,
                Map.of("kind", values.get("kind")));
        return get(id);
    }

    @Transactional
    public void answer(SignedInUser officer, long adjustmentId, String outcome, String message) {
        Adjustment adjustment = get(adjustmentId);
        jdbc.sql("update adjustment_request set status = 'ANSWERED', outcome = ?, message = ?, answered_at = ?, "
                        + "answered_by = ? where id = ?")
                .params(outcome, message, Timestamp.from(clock.instant()), officer.userId(), adjustmentId).update();
        audit.record(officer.userId(), adjustment.consultationId(), "adjustment.answered", "adjustment:" + adjustmentId,
                Map.of("outcome", outcome));
    }

    /** A resident's own requests, with their status. */
    @Transactional(readOnly = true)
    public List<Adjustment> requestsOf(SignedInUser resident) {
        return jdbc.sql(SELECT + " where requester_id = ? order by requested_at desc").param(resident.userId())
                .query(AdjustmentService::map).list();
    }

    @Transactional(readOnly = true)
    public Adjustment get(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AdjustmentService::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("No adjustment " + id));
    }

    @Transactional(readOnly = true)
    public Adjustment forRequester(SignedInUser resident, long id) {
        Adjustment adjustment = get(id);
        if (!resident.userId().equals(adjustment.requesterId())) {
            throw new AccessDeniedException("Not your request");
        }
        return adjustment;
    }

    /** Five days, or sooner when the resident needs it sooner (but never less than one day). */
    private int respondWithin(LocalDate neededBy) {
        if (neededBy == null) {
            return RESPOND_WITHIN_DAYS;
        }
        long days = Duration.between(clock.instant(),
                neededBy.atStartOfDay(CouncilTime.zone()).toInstant()).toDays() - 1;
        return (int) Math.max(1, Math.min(RESPOND_WITHIN_DAYS, days));
    }

    private static final String SELECT = "select id, consultation_id, requester_id, kind, details, needed_by, status, "
            + "outcome, message, requested_at, answered_at from adjustment_request";

    private static Adjustment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Adjustment(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("requester_id"),
                rs.getString("kind"), rs.getString("details"), rs.getObject("needed_by", LocalDate.class),
                rs.getString("status"), rs.getString("outcome"), rs.getString("message"),
                rs.getTimestamp("requested_at").toInstant(), answered == null ? null : answered.toInstant());
    }
}
