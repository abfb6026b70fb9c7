package org.powerpartnership.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stage records of consultations: opened, submitted to the panel, returned, signed off. */
@Service
public class Stages {

    private final JdbcClient jdbc;
    private final ConsultationRepository consultations;
    private final AuditLog audit;
    private final Clock clock;

    Stages(JdbcClient jdbc, ConsultationRepository consultations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void open(long consultationId, StageKey stage) {
        Instant now = clock.instant();
        if (find(consultationId, stage).isEmpty()) {
            jdbc.sql("insert into stage_record (consultation_id, stage_key, status, opened_at) values (?, ?, ?, ?)")
                    .params(consultationId, stage.name(), StageRecord.IN_PROGRESS, Timestamp.from(now)).update();
        }
        consultations.setCurrentStage(consultationId, stage.name());
        audit.recordForStage(AuditLog.SYSTEM, consultationId, stage.name(), "stage.opened", "stage:" + stage, Map.of());
    }

    /** The team's work went to the panel (again). */
    @Transactional
    public void submitted(long consultationId, StageKey stage) {
        jdbc.sql("update stage_record set status = ?, submitted_at = ?, rounds = rounds + 1 "
                        + "where consultation_id = ? and stage_key = ?")
                .params(StageRecord.AWAITING_SIGN_OFF, Timestamp.from(clock.instant()), consultationId, stage.name())
                .update();
    }

    @Transactional
    public void decided(long consultationId, StageKey stage, boolean approved) {
        Instant now = clock.instant();
        jdbc.sql("update stage_record set status = ?, signed_off_at = ? where consultation_id = ? and stage_key = ?")
                .params(approved ? StageRecord.SIGNED_OFF : StageRecord.RETURNED,
                        approved ? Timestamp.from(now) : null, consultationId, stage.name())
                .update();
    }

    @Transactional
    public void recordSummary(long consultationId, StageKey stage, String summary) {
        jdbc.sql("update stage_record set summary = ? where consultation_id = ? and stage_key = ?")
                .params(summary, consultationId, stage.name()).update();
    }

    @Transactional(readOnly = true)
    public Optional<StageRecord> find(long consultationId, StageKey stage) {
        return jdbc.sql("select consultation_id, stage_key, status, opened_at, submitted_at, signed_off_at, rounds, "
                        + "summary from stage_record where consultation_id = ? and stage_key = ?")
                .params(consultationId, stage.name()).query(Stages::map).optional();
    }

    @Transactional(readOnly = true)
    public List<StageRecord> of(long consultationId) {
        return jdbc.sql("select consultation_id, stage_key, status, opened_at, submitted_at, signed_off_at, rounds, "
                        + "summary from stage_record where consultation_id = ? order by opened_at")
                .param(consultationId).query(Stages::map).list();
    }

    private static StageRecord map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StageRecord(rs.getLong(1), StageKey.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
                rs.getInt(7), rs.getString(8));
    }

    private static Instant instant(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
