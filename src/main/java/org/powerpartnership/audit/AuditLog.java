package org.powerpartnership.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every state change. Entries are written in the transaction of the change they
 * describe (so a rolled-back change leaves no entry) and are never updated; erasure of a person replaces their
 * id, never the entry.
 */
@Service
public class AuditLog {

    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, Clock clock, ObjectMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, Long consultationId, String action, String subject, Map<String, ?> details) {
        recordForStage(actor, consultationId, null, action, subject, details);
    }

    /** As {@link #record}, marking the entry as work in one stage of the engagement cycle. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordForStage(String actor, Long consultationId, String stage, String action, String subject,
                               Map<String, ?> details) {
        jdbc.sql("insert into audit_log (occurred_at, actor, consultation_id, stage, action, subject, details) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, consultationId, stage, action, subject,
                        toJson(details))
                .update();
    }

    /**
     * Everyone who did a given kind of thing in a stage of a consultation (e.g. completed its tasks), leaving out
     * entries about the given subjects (e.g. the panel's own vote tasks).
     */
    @Transactional(readOnly = true)
    public List<String> actorsInStage(long consultationId, String stage, String action, List<String> exceptSubjects) {
        String except = exceptSubjects.isEmpty() ? "" : " and subject not in (:except)";
        var statement = jdbc.sql("select distinct actor from audit_log where consultation_id = :consultation "
                        + "and stage = :stage and action = :action" + except)
                .param("consultation", consultationId).param("stage", stage).param("action", action);
        if (!exceptSubjects.isEmpty()) {
            statement = statement.param("except", exceptSubjects);
        }
        return statement.query(String.class).list();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> forConsultation(long consultationId) {
        return jdbc.sql("select id, occurred_at, actor, consultation_id, action, subject, details from audit_log "
                        + "where consultation_id = ? order by occurred_at, id")
                .param(consultationId).query(AuditLog::map).list();
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> byActor(String actor) {
        return jdbc.sql("select id, occurred_at, actor, consultation_id, action, subject, details from audit_log "
                        + "where actor = ? order by occurred_at, id")
                .param(actor).query(AuditLog::map).list();
    }

    /** Replaces a person's id in the log with a pseudonym, keeping what was done and when (erasure). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int pseudonymise(String actor, String pseudonym) {
        return jdbc.sql("update audit_log set actor = ? where actor = ?").params(pseudonym, actor).update();
    }

    private String toJson(Map<String, ?> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be plain values: " + details.keySet(), e);
        }
    }

    private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long consultation = rs.getLong("consultation_id");
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.wasNull() ? null : consultation, rs.getString("action"), rs.getString("subject"),
                rs.getString("details"));
    }
}
