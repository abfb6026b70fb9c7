package org.powerpartnership.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code work_item} table: open tasks, indexed for the inbox (group or assignee, oldest first). */
@Repository
class WorkItemRepository {

    private static final String COLUMNS = "task_id, name, process_key, task_key, form_ref, business_key, stage, "
            + "candidate_group, assignee, created_at, due_at, consultation_id";

    private final JdbcClient jdbc;

    WorkItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkItem item, String processInstanceId) {
        jdbc.sql("insert into work_item (" + COLUMNS + ", process_instance_id) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(item.taskId(), item.name(), item.processKey(), item.taskKey(), item.formRef(),
                        item.businessKey(), item.stage(), item.candidateGroup(), item.assignee(),
                        timestamp(item.createdAt()), timestamp(item.dueAt()), item.consultationId(), processInstanceId)
                .update();
    }

    void updateAssignee(String taskId, String assignee) {
        jdbc.sql("update work_item set assignee = ? where task_id = ?").params(assignee, taskId).update();
    }

    void updateDue(String taskId, Instant dueAt, String name) {
        jdbc.sql("update work_item set due_at = ?, name = ? where task_id = ?")
                .params(timestamp(dueAt), name, taskId).update();
    }

    void delete(String taskId) {
        jdbc.sql("delete from work_item where task_id = ?").param(taskId).update();
    }

    Optional<WorkItem> find(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from work_item where task_id = ?")
                .param(taskId).query(WorkItemRepository::map).optional();
    }

    /**
     * The first page of open work for the groups or the user. Two index range scans (group, assignee) merged and
     * cut to the page, so the cost does not grow with the number of open tasks elsewhere.
     */
    List<WorkItem> openFor(Collection<String> groups, String userId, int first, int max) {
        if (groups.isEmpty() && userId == null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from work_item where ");
        if (!groups.isEmpty()) {
            // claimed work is the claimer's alone
            sql.append("(candidate_group in (:groups) and assignee is null)");
        }
        if (userId != null) {
            sql.append(groups.isEmpty() ? "" : " or ").append("assignee = :user");
        }
        sql.append(" order by created_at, task_id offset :first rows fetch next :max rows only");
        var statement = jdbc.sql(sql.toString()).param("first", first).param("max", max);
        if (!groups.isEmpty()) {
            statement = statement.param("groups", groups);
        }
        if (userId != null) {
            statement = statement.param("user", userId);
        }
        return statement.query(WorkItemRepository::map).list();
    }

    List<WorkItem> openForConsultation(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from work_item where consultation_id = ? order by created_at, task_id")
                .param(consultationId).query(WorkItemRepository::map).list();
    }

    List<WorkItem> openForProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from work_item where process_instance_id = ? order by created_at, task_id")
                .param(processInstanceId).query(WorkItemRepository::map).list();
    }

    List<WorkItem> openForBusinessKey(String businessKey) {
        return jdbc.sql("select " + COLUMNS + " from work_item where business_key = ? order by created_at, task_id")
                .param(businessKey).query(WorkItemRepository::map).list();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static WorkItem map(ResultSet rs, int row) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        long consultation = rs.getLong("consultation_id");
        Long consultationId = rs.wasNull() ? null : consultation;
        return new WorkItem(rs.getString("task_id"), rs.getString("name"), rs.getString("process_key"),
                rs.getString("task_key"), rs.getString("form_ref"), rs.getString("business_key"),
                rs.getString("stage"), rs.getString("candidate_group"), rs.getString("assignee"),
                rs.getTimestamp("created_at").toInstant(), due == null ? null : due.toInstant(), consultationId);
    }
}
