package org.powerpartnership.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.powerpartnership.consultation.StageKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SignOffRepository {

    private static final String GATE_COLUMNS = "id, consultation_id, stage_key, round_no, quorum, panel_size, opened_at, "
            + "deadline_at, closed_at, outcome, escalated_at, sponsor_decision, sponsor_note, team_answer, answered_by, "
            + "answered_at, process_instance_id";

    private final JdbcClient jdbc;

    SignOffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertGate(long consultationId, StageKey stage, int round, int quorum, int panelSize, Instant openedAt,
                    Instant deadline, String processInstanceId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sign_off_gate (consultation_id, stage_key, round_no, quorum, panel_size, opened_at, "
                        + "deadline_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(consultationId, stage.name(), round, quorum, panelSize, ts(openedAt), ts(deadline),
                        processInstanceId)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int lastRound(long consultationId, StageKey stage) {
        return jdbc.sql("select coalesce(max(round_no), 0) from sign_off_gate where consultation_id = ? and stage_key = ?")
                .params(consultationId, stage.name()).query(Integer.class).single();
    }

    Optional<Gate> gate(long id) {
        return jdbc.sql("select " + GATE_COLUMNS + " from sign_off_gate where id = ?").param(id)
                .query(SignOffRepository::mapGate).optional();
    }

    List<Gate> gatesOf(long consultationId) {
        return jdbc.sql("select " + GATE_COLUMNS + " from sign_off_gate where consultation_id = ? "
                        + "order by opened_at, id").param(consultationId).query(SignOffRepository::mapGate).list();
    }

    Optional<Gate> latestReturned(long consultationId, StageKey stage) {
        return jdbc.sql("select " + GATE_COLUMNS + " from sign_off_gate where consultation_id = ? and stage_key = ? "
                        + "and outcome = ? order by round_no desc").params(consultationId, stage.name(), Gate.RETURNED)
                .query(SignOffRepository::mapGate).list().stream().findFirst();
    }

    /** The stage's latest round, whatever its state. */
    Optional<Gate> latestGate(long consultationId, StageKey stage) {
        return jdbc.sql("select " + GATE_COLUMNS + " from sign_off_gate where consultation_id = ? and stage_key = ? "
                        + "order by round_no desc").params(consultationId, stage.name())
                .query(SignOffRepository::mapGate).list().stream().findFirst();
    }

    /** Open gates of the consultations where the user sits on the panel. */
    List<Gate> openGatesForPanelMember(String userId) {
        return jdbc.sql("select " + GATE_COLUMNS + " from sign_off_gate where closed_at is null and consultation_id in "
                        + "(select consultation_id from consultation_member where user_id = ? and member_role = 'PANEL') "
                        + "order by deadline_at, id").param(userId).query(SignOffRepository::mapGate).list();
    }

    void close(long gateId, String outcome, Instant at) {
        jdbc.sql("update sign_off_gate set closed_at = ?, outcome = ? where id = ?").params(ts(at), outcome, gateId)
                .update();
    }

    void escalated(long gateId, Instant at) {
        jdbc.sql("update sign_off_gate set escalated_at = ? where id = ?").params(ts(at), gateId).update();
    }

    void sponsorDecided(long gateId, String decision, String note) {
        jdbc.sql("update sign_off_gate set sponsor_decision = ?, sponsor_note = ? where id = ?")
                .params(decision, note, gateId).update();
    }

    void extend(long gateId, Instant deadline) {
        jdbc.sql("update sign_off_gate set deadline_at = ?, sponsor_decision = null where id = ?")
                .params(ts(deadline), gateId).update();
    }

    Optional<Vote> vote(long gateId, String voterId) {
        return jdbc.sql("select id, gate_id, voter_id, decision, reasons, cast_at, changed_at from vote "
                        + "where gate_id = ? and voter_id = ?").params(gateId, voterId)
                .query(SignOffRepository::mapVote).optional();
    }

    List<Vote> votes(long gateId) {
        return jdbc.sql("select id, gate_id, voter_id, decision, reasons, cast_at, changed_at from vote "
                        + "where gate_id = ? order by cast_at, id").param(gateId).query(SignOffRepository::mapVote).list();
    }

    void insertVote(long gateId, String voterId, String decision, String reasons, Instant at) {
        jdbc.sql("insert into vote (gate_id, voter_id, decision, reasons, cast_at) values (?, ?, ?, ?, ?)")
                .params(gateId, voterId, decision, reasons, ts(at)).update();
    }

    void changeVote(long gateId, String voterId, String decision, String reasons, Instant at) {
        jdbc.sql("update vote set decision = ?, reasons = ?, changed_at = ? where gate_id = ? and voter_id = ?")
                .params(decision, reasons, ts(at), gateId, voterId).update();
    }

    int[] counts(long gateId) {
        return jdbc.sql("select sum(case when decision = 'approve' then 1 else 0 end), "
                        + "sum(case when decision = 'return' then 1 else 0 end) from vote where gate_id = ?")
                .param(gateId).query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Gate mapGate(ResultSet rs, int row) throws SQLException {
        return new Gate(rs.getLong("id"), rs.getLong("consultation_id"), StageKey.valueOf(rs.getString("stage_key")),
                rs.getInt("round_no"), rs.getInt("quorum"), rs.getInt("panel_size"), instant(rs, "opened_at"),
                instant(rs, "deadline_at"), instant(rs, "closed_at"), rs.getString("outcome"),
                instant(rs, "escalated_at"), rs.getString("sponsor_decision"), rs.getString("sponsor_note"),
                rs.getString("team_answer"), rs.getString("answered_by"), instant(rs, "answered_at"),
                rs.getString("process_instance_id"));
    }

    private static Vote mapVote(ResultSet rs, int row) throws SQLException {
        return new Vote(rs.getLong("id"), rs.getLong("gate_id"), rs.getString("voter_id"), rs.getString("decision"),
                rs.getString("reasons"), instant(rs, "cast_at"), instant(rs, "changed_at"));
    }
}
