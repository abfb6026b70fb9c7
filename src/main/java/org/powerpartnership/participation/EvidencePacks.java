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
 * reads before writing a reflection; then the outcomes of the panel's session (form {@code deliberation-session}),
 * which jurors read before voting on the recommendations. Prepared again, the newest version replaces the old one.
 */
@Service
public class EvidencePacks {

    public static final String FORM = "evidence-pack";
    public static final String SESSION_FORM = "deliberation-session";

    /**
     * The pack as jurors read it: when and where the session is (if the team said), and the session's outcomes once
     * it has been held.
     */
    public record EvidencePack(long consultationId, String summary, String links, String sessionPlan,
                               String sessionOutcomes) {
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
        int updated = jdbc.sql("update evidence_pack set summary = ?, links = ?, session_plan = ?, prepared_at = ? "
                        + "where consultation_id = ?")
                .params(values.get("evidenceSummary"), values.get("evidenceLinks"), values.get("sessionPlan"),
                        Timestamp.from(clock.instant()), consultationId).update();
        if (updated == 0) {
            jdbc.sql("insert into evidence_pack (consultation_id, summary, links, session_plan, prepared_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(consultationId, values.get("evidenceSummary"), values.get("evidenceLinks"),
                            values.get("sessionPlan"), Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** Keeps the outcomes of the panel's session (form {@code deliberation-session}) for jurors to read before voting. */
    @Transactional
    public void sessionHeld(long consultationId, Map<String, Object> values) {
        int updated = jdbc.sql("update evidence_pack set session_outcomes = ?, session_at = ? where consultation_id = ?")
                .params(values.get("outcomes"), Timestamp.from(clock.instant()), consultationId).update();
        if (updated == 0) {
            jdbc.sql("insert into evidence_pack (consultation_id, summary, prepared_at, session_outcomes, session_at) "
                            + "values (?, '', ?, ?, ?)")
                    .params(consultationId, Timestamp.from(clock.instant()), values.get("outcomes"),
                            Timestamp.from(clock.instant()))
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<EvidencePack> of(long consultationId) {
        return jdbc.sql("select summary, links, session_plan, session_outcomes from evidence_pack "
                        + "where consultation_id = ?")
                .param(consultationId)
                .query((rs, row) -> new EvidencePack(consultationId, rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }
}
