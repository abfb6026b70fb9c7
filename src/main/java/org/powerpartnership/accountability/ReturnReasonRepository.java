package org.powerpartnership.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The panel's reasons for each return (V20) and the team's answer to each. */
@Repository
class ReturnReasonRepository {

    private static final String COLUMNS = "id, gate_id, vote_id, reason, answer, answered_by, answered_at";

    private final JdbcClient jdbc;

    ReturnReasonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long gateId, Long voteId, int position, String reason) {
        jdbc.sql("insert into return_reason (gate_id, vote_id, position, reason) values (?, ?, ?, ?)")
                .params(gateId, voteId, position, reason).update();
    }

    List<ReturnReason> ofGate(long gateId) {
        return jdbc.sql("select " + COLUMNS + " from return_reason where gate_id = ? order by position, id")
                .param(gateId).query(ReturnReasonRepository::map).list();
    }

    Optional<ReturnReason> get(long reasonId) {
        return jdbc.sql("select " + COLUMNS + " from return_reason where id = ?").param(reasonId)
                .query(ReturnReasonRepository::map).optional();
    }

    void answer(long reasonId, String answer, String by, Instant at) {
        jdbc.sql("update return_reason set answer = ?, answered_by = ?, answered_at = ? where id = ?")
                .params(answer, by, Timestamp.from(at), reasonId).update();
    }

    private static ReturnReason map(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new ReturnReason(rs.getLong("id"), rs.getLong("gate_id"), rs.getString("reason"),
                rs.getObject("vote_id") == null, rs.getString("answer"), rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
