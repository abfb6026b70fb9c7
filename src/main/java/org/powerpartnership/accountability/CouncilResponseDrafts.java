package org.powerpartnership.accountability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The response's working draft, the decisions on the themes and the commitments' planning fields (V17). */
@Repository
class CouncilResponseDrafts {

    private final JdbcClient jdbc;

    CouncilResponseDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ResponseDraft> draft(long consultationId) {
        return jdbc.sql("select consultation_id, you_asked, you_said, we_did, saved_by, saved_at, submitted_by, "
                        + "submitted_at from council_response_draft where consultation_id = ?").param(consultationId)
                .query((rs, row) -> new ResponseDraft(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7),
                        instant(rs.getTimestamp(8))))
                .optional();
    }

    void saveText(long consultationId, String youAsked, String youSaid, String weDid, String by, Instant at) {
        int updated = jdbc.sql("update council_response_draft set you_asked = ?, you_said = ?, we_did = ?, "
                        + "saved_by = ?, saved_at = ? where consultation_id = ?")
                .params(youAsked, youSaid, weDid, by, Timestamp.from(at), consultationId).update();
        if (updated == 0) {
            jdbc.sql("insert into council_response_draft (consultation_id, you_asked, you_said, we_did, saved_by, "
                            + "saved_at) values (?, ?, ?, ?, ?, ?)")
                    .params(consultationId, youAsked, youSaid, weDid, by, Timestamp.from(at)).update();
        }
    }

    /** Marks the draft as with the panel (a time), or back with the team (null). */
    void submitted(long consultationId, String by, Instant at) {
        jdbc.sql("update council_response_draft set submitted_by = ?, submitted_at = ? where consultation_id = ?")
                .params(by, at == null ? null : Timestamp.from(at), consultationId).update();
    }

    List<ThemeDecision> decisions(long consultationId) {
        return jdbc.sql("select theme_id, consultation_id, decision, reason, decided_by, decided_at "
                        + "from theme_decision where consultation_id = ? order by theme_id").param(consultationId)
                .query((rs, row) -> new ThemeDecision(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    void decide(long consultationId, long themeId, String decision, String reason, String by, Instant at) {
        int updated = jdbc.sql("update theme_decision set decision = ?, reason = ?, decided_by = ?, decided_at = ? "
                        + "where theme_id = ? and (decision <> ? or reason <> ?)")
                .params(decision, reason, by, Timestamp.from(at), themeId, decision, reason).update();
        boolean exists = updated > 0 || jdbc.sql("select count(*) from theme_decision where theme_id = ?")
                .param(themeId).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into theme_decision (theme_id, consultation_id, decision, reason, decided_by, decided_at) "
                            + "values (?, ?, ?, ?, ?, ?)")
                    .params(themeId, consultationId, decision, reason, by, Timestamp.from(at)).update();
        }
    }

    void undecide(long themeId) {
        jdbc.sql("delete from theme_decision where theme_id = ?").param(themeId).update();
    }

    void plan(long commitmentId, String description, String owner, java.time.LocalDate dueOn, String measure) {
        jdbc.sql("update commitment set description = ?, owner_name = ?, due_on = ?, measure = ? where id = ?")
                .params(description, owner, dueOn, measure, commitmentId).update();
    }

    void themes(long commitmentId, Collection<Long> themeIds) {
        jdbc.sql("delete from commitment_theme where commitment_id = ?").param(commitmentId).update();
        for (Long themeId : themeIds) {
            jdbc.sql("insert into commitment_theme (commitment_id, theme_id) values (?, ?)")
                    .params(commitmentId, themeId).update();
        }
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
