package org.powerpartnership.consultation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ConsultationRepository {

    private static final String COLUMNS = "id, ref, title, summary, status, issue, formative_statement, iap2_level, "
            + "iap2_promise, decision_maker, geography_type, geography_name, budget, question, methods, "
            + "participation_days, decision_by, task_due_days, reminder_lead_days, sign_off_days, quorum, review_months, "
            + "deliberative_panel, current_stage, process_instance_id, created_by, created_at, launched_at, completed_at, "
            + "window_opened_at, window_closes_at, window_closed_at";

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Consultation c) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into consultation (ref, title, summary, status, issue, formative_statement, iap2_level,
                          iap2_promise, decision_maker, geography_type, geography_name, budget, participation_days,
                          decision_by, task_due_days, reminder_lead_days, sign_off_days, quorum, review_months,
                          deliberative_panel, created_by, created_at, launched_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.ref(), c.title(), c.summary(), c.status(), c.issue(), c.formativeStatement(), c.iap2Level(),
                        c.iap2Promise(), c.decisionMaker(), c.geographyType(), c.geographyName(), c.budget(),
                        c.participationDays(), c.decisionBy(), c.taskDueDays(), c.reminderLeadDays(), c.signOffDays(),
                        c.quorum(), c.reviewMonths(), c.deliberativePanel(), c.createdBy(), ts(c.createdAt()),
                        ts(c.launchedAt()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Consultation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id = ?").param(id)
                .query(ConsultationRepository::map).optional();
    }

    Optional<Consultation> findByRef(String ref) {
        return jdbc.sql("select " + COLUMNS + " from consultation where ref = ?").param(ref)
                .query(ConsultationRepository::map).optional();
    }

    boolean refTaken(String ref) {
        return jdbc.sql("select count(*) from consultation where ref = ?").param(ref).query(Long.class).single() > 0;
    }

    List<Consultation> all() {
        return jdbc.sql("select " + COLUMNS + " from consultation order by created_at desc, id desc")
                .query(ConsultationRepository::map).list();
    }

    List<Consultation> forMember(String userId) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id in "
                        + "(select consultation_id from consultation_member where user_id = ?) "
                        + "order by created_at desc, id desc")
                .param(userId).query(ConsultationRepository::map).list();
    }

    List<Consultation> forTeamMember(String userId) {
        return jdbc.sql("select " + COLUMNS + " from consultation where id in "
                        + "(select consultation_id from consultation_member where user_id = ? "
                        + "and member_role in ('LEAD', 'DEPUTY', 'OFFICER')) order by created_at desc, id desc")
                .param(userId).query(ConsultationRepository::map).list();
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update consultation set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    void setCurrentStage(long id, String stage) {
        jdbc.sql("update consultation set current_stage = ? where id = ?").params(stage, id).update();
    }

    void setQuestionAndMethods(long id, String question, String methods) {
        jdbc.sql("update consultation set question = ?, methods = ? where id = ?").params(question, methods, id).update();
    }

    void openWindow(long id, Instant openedAt, Instant closesAt) {
        jdbc.sql("update consultation set window_opened_at = ?, window_closes_at = ? where id = ?")
                .params(ts(openedAt), ts(closesAt), id).update();
    }

    /** A later closing time for an open window (an extension); a closed window is left as it is. */
    void moveWindowClose(long id, Instant closesAt) {
        jdbc.sql("update consultation set window_closes_at = ? where id = ? and window_closed_at is null")
                .params(ts(closesAt), id).update();
    }

    void closeWindow(long id, Instant closedAt) {
        jdbc.sql("update consultation set window_closed_at = ? where id = ?").params(ts(closedAt), id).update();
    }

    void complete(long id, Instant at) {
        jdbc.sql("update consultation set status = ?, completed_at = ?, current_stage = null where id = ?")
                .params(Consultation.COMPLETED, ts(at), id).update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Consultation map(ResultSet rs, int row) throws SQLException {
        BigDecimal budget = rs.getBigDecimal("budget");
        return new Consultation(rs.getLong("id"), rs.getString("ref"), rs.getString("title"), rs.getString("summary"),
                rs.getString("status"), rs.getString("issue"), rs.getString("formative_statement"),
                rs.getString("iap2_level"), rs.getString("iap2_promise"), rs.getString("decision_maker"),
                rs.getString("geography_type"), rs.getString("geography_name"), budget, rs.getString("question"),
                rs.getString("methods"), integer(rs, "participation_days"),
                rs.getObject("decision_by", LocalDate.class), rs.getInt("task_due_days"),
                rs.getInt("reminder_lead_days"), rs.getInt("sign_off_days"), integer(rs, "quorum"),
                rs.getString("review_months"), rs.getBoolean("deliberative_panel"), rs.getString("current_stage"),
                rs.getString("process_instance_id"), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "launched_at"), instant(rs, "completed_at"), instant(rs, "window_opened_at"),
                instant(rs, "window_closes_at"), instant(rs, "window_closed_at"));
    }
}
