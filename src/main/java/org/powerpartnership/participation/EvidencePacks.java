package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliberative panel's evidence pack: what the team prepared (form {@code evidence-pack}) and what each juror
 * reads before writing a reflection. Prepared again after a rework, the newest pack replaces the old one.
 */
@Service
public class EvidencePacks {

    public static final String FORM = "evidence-pack";

    /** The pack as jurors read it. */
    public record EvidencePack(long consultationId, String summary, String links) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidencePacks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps the values of a completed evidence-pack form for the consultation. */
    @Transactional
    public void prepared(long consultationId, Map<String, Object> values) {
        jdbc.sql("delete from evidence_pack where consultation_id = ?").param(consultationId).update();
        jdbc.sql("insert into evidence_pack (consultation_id, summary, links, prepared_at) values (?, ?, ?, ?)")
                .params(consultationId, values.get("evidenceSummary"), values.get("evidenceLinks"),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<EvidencePack> of(long consultationId) {
        return jdbc.sql("select summary, links from evidence_pack where consultation_id = ?").param(consultationId)
                .query((rs, row) -> new EvidencePack(consultationId, rs.getString(1), rs.getString(2))).optional();
    }
}
