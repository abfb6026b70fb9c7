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

    /** Work of a paused process leaves the inboxes (and comes back on resume); it is kept, not deleted. */
    void markPaused(Collection<String> processInstanceIds, boolean paused) {
        if (!processInstanceIds.isEmpty()) {
            jdbc.sql("update work_item set paused = :paused where process_instance_id in (:ids)")
                    .param("paused", paused).param("ids", processInstanceIds).update();
        }
    }

    void deleteForProcessInstances(Collection<String> processInstanceIds) {
        if (!processInstanceIds.isEmpty()) {
            jdbc.sql("delete from work_item where process_instance_id in (:ids)")
                    .param("ids", processInstanceIds).update();
        }
    }

    void delete(String taskId) {
        jdbc.sql("delete from work_item where task_id = ?").param(taskId).update();
    }

    /**
     * The per-consultation and per-organisation groups a person belongs to: the one view ({@code
     * candidate_group_member}) that also decides who may open an item, so the inbox and access never disagree.
     */
    List<String> candidateGroupsOf(String userId) {
        return jdbc.sql("select distinct group_id from candidate_group_member where user_id = ?")
                .param(userId).query(String.class).list();
    }

    /**
     * The people of one per-consultation or per-organisation group, from the same view that decides access. A
     * role-wide group (every officer of the council) is not in it, so it has no members here.
     */
    List<String> membersOf(String groupId) {
        return jdbc.sql("select distinct user_id from candidate_group_member where group_id = ? order by user_id")
                .param(groupId).query(String.class).list();
    }

    /** A work item and whether the user may do it, in one statement. Empty when the item is gone. */
    Optional<Access> findForUser(String taskId, String userId, Collection<String> roles) {
        return findForUser(taskId, userId, roles, false);
    }

    /**
     * As {@link #findForUser(String, String, Collection)}, locking the row until the transaction ends: a second
     * completion of the same item waits here, then finds it gone, instead of racing the engine.
     */
    Optional<Access> lockForUser(String taskId, String userId, Collection<String> roles) {
        return findForUser(taskId, userId, roles, true);
    }

    private Optional<Access> findForUser(String taskId, String userId, Collection<String> roles, boolean lock) {
        String roleClause = roles.isEmpty() ? "" : "w.candidate_group in (:roles) or ";
        var statement = jdbc.sql("select " + COLUMNS + ", case when w.assignee = :user or (w.assignee is null and ("
                        + roleClause + "exists (select 1 from candidate_group_member m where m.user_id = :user "
                        + "and m.group_id = w.candidate_group))) then 1 else 0 end as allowed "
                        + "from work_item w where w.task_id = :task" + (lock ? " for update" : ""))
                .param("user", userId).param("task", taskId);
        if (!roles.isEmpty()) {
            statement = statement.param("roles", roles);
        }
        return statement.query((rs, row) -> new Access(map(rs, row), rs.getInt("allowed") == 1)).optional();
    }

    /** A work item and whether the asking person may do it. */
    record Access(WorkItem item, boolean allowed) {
    }

    Optional<WorkItem> find(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from work_item where task_id = ?")
                .param(taskId).query(WorkItemRepository::map).optional();
    }

    /**
     * A page of open work for the groups or the user, oldest first. Each branch (one per group, one for the
     * assignee) reads at most first+max rows along its index, so the cost depends on the page, not on how much work
     * is open elsewhere; claimed work is the claimer's alone.
     */
    List<WorkItem> openFor(Collection<String> groups, String userId, int first, int max) {
        if (groups.isEmpty() && userId == null) {
            return List.of();
        }
        List<String> branches = new java.util.ArrayList<>();
        int index = 0;
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        for (String group : groups) {
            branches.add("(select " + COLUMNS + " from work_item where candidate_group = :g" + index
                    + " and assignee is null and paused = false order by created_at, task_id fetch first :limit rows only)");
            params.put("g" + index++, group);
        }
        if (userId != null) {
            branches.add("(select " + COLUMNS + " from work_item where assignee = :user and paused = false "
                    + "order by created_at, task_id fetch first :limit rows only)");
            params.put("user", userId);
        }
        params.put("limit", first + max);
        params.put("first", first);
        params.put("max", max);
        String sql = "select * from (" + String.join(" union all ", branches) + ") open_work "
                + "order by created_at, task_id offset :first rows fetch next :max rows only";
        return jdbc.sql(sql).params(params).query(WorkItemRepository::map).list();
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
