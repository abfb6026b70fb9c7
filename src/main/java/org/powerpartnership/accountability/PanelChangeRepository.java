package org.powerpartnership.accountability;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reserve lists and the record of panel changes (V32), and the recount of a gate's voters. */
@Repository
class PanelChangeRepository {

    private final JdbcClient jdbc;

    PanelChangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> reserve(long consultationId) {
        return jdbc.sql("select user_id from panel_reserve where consultation_id = ? order by added_at, user_id")
                .param(consultationId).query(String.class).list();
    }

    boolean inReserve(long consultationId, String userId) {
        return jdbc.sql("select count(*) from panel_reserve where consultation_id = ? and user_id = ?")
                .params(consultationId, userId).query(Long.class).single() > 0;
    }

    void addToReserve(long consultationId, String userId, String addedBy, Instant at) {
        jdbc.sql("insert into panel_reserve (consultation_id, user_id, added_by, added_at) values (?, ?, ?, ?)")
                .params(consultationId, userId, addedBy, Timestamp.from(at)).update();
    }

    int removeFromReserve(long consultationId, String userId) {
        return jdbc.sql("delete from panel_reserve where consultation_id = ? and user_id = ?")
                .params(consultationId, userId).update();
    }

    void record(long consultationId, String kind, String userId, String reason, String changedBy, Instant at) {
        jdbc.sql("insert into panel_change (consultation_id, change_kind, user_id, reason, changed_by, changed_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(consultationId, kind, userId, reason, changedBy, Timestamp.from(at)).update();
    }

    List<PanelChange> changes(long consultationId) {
        return jdbc.sql("select id, consultation_id, change_kind, user_id, reason, changed_by, changed_at "
                        + "from panel_change where consultation_id = ? order by changed_at, id")
                .param(consultationId)
                .query((rs, row) -> new PanelChange(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    boolean confirmed(long consultationId) {
        return jdbc.sql("select count(*) from panel_change where consultation_id = ? and change_kind = ?")
                .params(consultationId, PanelChange.CONFIRMED).query(Long.class).single() > 0;
    }

    void recount(long gateId, int panelSize, int quorum) {
        jdbc.sql("update sign_off_gate set panel_size = ?, quorum = ? where id = ?")
                .params(panelSize, quorum, gateId).update();
    }
}
