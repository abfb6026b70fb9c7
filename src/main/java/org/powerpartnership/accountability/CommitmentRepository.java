package org.powerpartnership.accountability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CommitmentRepository {

    private static final String COLUMNS = "id, consultation_id, description, owner_name, due_on, status, delivered_at, "
            + "process_instance_id, created_at, measure";

    private final JdbcClient jdbc;

    CommitmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, String description, String owner, LocalDate dueOn, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into commitment (consultation_id, description, owner_name, due_on, status, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(consultationId, description, owner, dueOn, Commitment.OPEN, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void delete(long id) {
        jdbc.sql("delete from commitment where id = ?").param(id).update();
    }

    Optional<Commitment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from commitment where id = ?").param(id)
                .query(CommitmentRepository::map).optional().map(c -> withThemes(c, themesOf(
                        "select commitment_id, theme_id from commitment_theme where commitment_id = ?", id)));
    }

    List<Commitment> of(long consultationId) {
        Map<Long, List<Long>> themes = themesOf("select t.commitment_id, t.theme_id from commitment_theme t "
                + "join commitment c on c.id = t.commitment_id where c.consultation_id = ?", consultationId);
        return jdbc.sql("select " + COLUMNS + " from commitment where consultation_id = ? order by due_on, id")
                .param(consultationId).query(CommitmentRepository::map).list().stream()
                .map(c -> withThemes(c, themes)).toList();
    }

    void status(long id, String status) {
        jdbc.sql("update commitment set status = ? where id = ?").params(status, id).update();
    }

    void delivered(long id, Instant at) {
        jdbc.sql("update commitment set status = ?, delivered_at = ? where id = ?")
                .params(Commitment.DELIVERED, Timestamp.from(at), id).update();
    }

    void processInstance(long id, String processInstanceId) {
        jdbc.sql("update commitment set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void insertReview(long commitmentId, String kind, String judgement, String reasons, String by, Instant at) {
        jdbc.sql("insert into commitment_review (commitment_id, kind, judgement, reasons, reviewed_by, reviewed_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(commitmentId, kind, judgement, reasons, by, Timestamp.from(at)).update();
    }

    List<CommitmentReview> reviews(long commitmentId) {
        return jdbc.sql("select id, commitment_id, kind, judgement, reasons, reviewed_by, reviewed_at "
                        + "from commitment_review where commitment_id = ? order by reviewed_at, id")
                .param(commitmentId)
                .query((rs, row) -> new CommitmentReview(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    Optional<CouncilResponse> response(long consultationId) {
        return jdbc.sql("select consultation_id, you_asked, you_said, we_did, published_at, published_by "
                        + "from council_response where consultation_id = ?").param(consultationId)
                .query((rs, row) -> new CouncilResponse(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .optional();
    }

    void saveResponse(CouncilResponse response) {
        int updated = jdbc.sql("update council_response set you_asked = ?, you_said = ?, we_did = ?, published_at = ?, "
                        + "published_by = ? where consultation_id = ?")
                .params(response.youAsked(), response.youSaid(), response.weDid(), Timestamp.from(response.publishedAt()),
                        response.publishedBy(), response.consultationId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into council_response (consultation_id, you_asked, you_said, we_did, published_at, "
                            + "published_by) values (?, ?, ?, ?, ?, ?)")
                    .params(response.consultationId(), response.youAsked(), response.youSaid(), response.weDid(),
                            Timestamp.from(response.publishedAt()), response.publishedBy())
                    .update();
        }
    }

    /** The themes each commitment answers, by commitment, in theme order. */
    private Map<Long, List<Long>> themesOf(String sql, long id) {
        Map<Long, List<Long>> themes = new HashMap<>();
        jdbc.sql(sql + " order by theme_id").param(id).query((rs, row) -> themes
                .computeIfAbsent(rs.getLong(1), key -> new ArrayList<>()).add(rs.getLong(2))).list();
        return themes;
    }

    private static Commitment withThemes(Commitment c, Map<Long, List<Long>> themes) {
        return new Commitment(c.id(), c.consultationId(), c.description(), c.ownerName(), c.dueOn(), c.status(),
                c.deliveredAt(), c.processInstanceId(), c.createdAt(), c.measure(), themes.getOrDefault(c.id(), List.of()));
    }

    private static Commitment map(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        return new Commitment(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("description"),
                rs.getString("owner_name"), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
                delivered == null ? null : delivered.toInstant(), rs.getString("process_instance_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("measure"), List.of());
    }
}
