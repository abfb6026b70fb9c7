package org.powerpartnership.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalations to a consultation's sponsor, and the sponsor's answers, which become part of the public record. */
@Service
public class Escalations {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final DomainEvents events;

    Escalations(JdbcClient jdbc, AuditLog audit, Clock clock, DomainEvents events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public long raise(long consultationId, String kind, String subject, String subjectId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into escalation (consultation_id, kind, subject, subject_id, raised_at) values (?, ?, ?, ?, ?)")
                .params(consultationId, kind, subject, subjectId, Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(AuditLog.SYSTEM, consultationId, "escalation.raised", "escalation:" + id,
                Map.of("kind", kind, "subject", subject));
        events.publish(new EscalationRaised(id, consultationId, kind, subject));
        return id;
    }

    /** Records the sponsor's answer to every open escalation about one subject. */
    @Transactional
    public int resolve(long consultationId, String kind, String subjectId, String sponsorId, String response) {
        int resolved = jdbc.sql("update escalation set resolved_at = ?, resolved_by = ?, response = ? "
                        + "where consultation_id = ? and kind = ? and subject_id = ? and resolved_at is null")
                .params(Timestamp.from(clock.instant()), sponsorId, response, consultationId, kind, subjectId)
                .update();
        if (resolved > 0) {
            audit.record(sponsorId, consultationId, "escalation.answered", kind + ":" + subjectId,
                    Map.of("response", response));
        }
        return resolved;
    }

    @Transactional(readOnly = true)
    public List<Escalation> of(long consultationId) {
        return jdbc.sql(SELECT + " where consultation_id = ? order by raised_at, id").param(consultationId)
                .query(Escalations::map).list();
    }

    /** Open escalations of the consultations the sponsor owns. */
    @Transactional(readOnly = true)
    public List<Escalation> openFor(String sponsorId) {
        return jdbc.sql(SELECT + " where resolved_at is null and consultation_id in (select consultation_id from "
                        + "consultation_member where user_id = ? and member_role = 'SPONSOR') order by raised_at, id")
                .param(sponsorId).query(Escalations::map).list();
    }

    private static final String SELECT = "select id, consultation_id, kind, subject, subject_id, raised_at, "
            + "resolved_at, resolved_by, response from escalation";

    private static Escalation map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp resolved = rs.getTimestamp("resolved_at");
        return new Escalation(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("kind"),
                rs.getString("subject"), rs.getString("subject_id"), rs.getTimestamp("raised_at").toInstant(),
                resolved == null ? null : resolved.toInstant(), rs.getString("resolved_by"), rs.getString("response"));
    }
}
