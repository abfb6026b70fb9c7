package org.powerpartnership.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the workflow engine knows about a person: the tasks they were given, in their data download; on erasure,
 * their open tasks go back to the group, and every trace of their user id leaves the engine's history (task and
 * activity assignees, identity links, the operation log, comments, variables holding their id) and its identity
 * tables. Runs last, after the other features, so the engine's own bookkeeping of those steps is cleaned too.
 * What was done, when, and what was decided stays.
 */
@Component
@Order(100)
class EnginePersonalData implements PersonalDataHolder {

    /** What a variable that held the person's id holds afterwards. */
    static final String ERASED = "erased";

    /** Columns that name a user, blanked where they name this one (table, column). */
    private static final List<String[]> USER_COLUMNS = List.of(
            new String[] {"ACT_HI_TASKINST", "ASSIGNEE_"}, new String[] {"ACT_HI_TASKINST", "OWNER_"},
            new String[] {"ACT_HI_ACTINST", "ASSIGNEE_"}, new String[] {"ACT_HI_IDENTITYLINK", "ASSIGNER_ID_"},
            new String[] {"ACT_HI_OP_LOG", "USER_ID_"}, new String[] {"ACT_HI_OP_LOG", "ORG_VALUE_"},
            new String[] {"ACT_HI_OP_LOG", "NEW_VALUE_"}, new String[] {"ACT_HI_PROCINST", "START_USER_ID_"},
            new String[] {"ACT_HI_DECINST", "USER_ID_"}, new String[] {"ACT_HI_BATCH", "CREATE_USER_ID_"},
            new String[] {"ACT_HI_CASEINST", "CREATE_USER_ID_"}, new String[] {"ACT_RU_TASK", "ASSIGNEE_"},
            new String[] {"ACT_RU_TASK", "OWNER_"}, new String[] {"ACT_RU_BATCH", "CREATE_USER_ID_"});
    /** Columns holding variable values: replaced with {@link #ERASED} where they are exactly this id. */
    private static final List<String[]> VALUE_COLUMNS = List.of(
            new String[] {"ACT_HI_VARINST", "TEXT_"}, new String[] {"ACT_HI_VARINST", "TEXT2_"},
            new String[] {"ACT_HI_DETAIL", "TEXT_"}, new String[] {"ACT_HI_DETAIL", "TEXT2_"},
            new String[] {"ACT_RU_VARIABLE", "TEXT_"}, new String[] {"ACT_RU_VARIABLE", "TEXT2_"});
    /** Rows that exist only because of the person: removed. */
    private static final List<String[]> USER_ROWS = List.of(
            new String[] {"ACT_HI_IDENTITYLINK", "USER_ID_"}, new String[] {"ACT_HI_COMMENT", "USER_ID_"},
            new String[] {"ACT_HI_ATTACHMENT", "USER_ID_"}, new String[] {"ACT_RU_IDENTITYLINK", "USER_ID_"},
            new String[] {"ACT_RU_AUTHORIZATION", "USER_ID_"}, new String[] {"ACT_ID_MEMBERSHIP", "USER_ID_"},
            new String[] {"ACT_ID_TENANT_MEMBER", "USER_ID_"}, new String[] {"ACT_ID_INFO", "USER_ID_"},
            new String[] {"ACT_ID_USER", "ID_"});

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final JdbcClient jdbc;

    EnginePersonalData(TaskService tasks, HistoryService history, IdentityService identity, JdbcClient jdbc) {
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "workflow";
    }

    @Override
    public Object export(String userId) {
        List<Map<String, Object>> given = history.createHistoricTaskInstanceQuery().taskAssignee(userId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream().map(EnginePersonalData::task)
                .toList();
        List<Map<String, Object>> comments = jdbc.sql("select TIME_, MESSAGE_ from ACT_HI_COMMENT where USER_ID_ = ?")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("at", rs.getTimestamp(1).toInstant().toString());
                    out.put("text", rs.getString(2));
                    return out;
                }).list();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tasksGivenToYou", given);
        out.put("comments", comments);
        return out;
    }

    @Override
    public void erase(String userId) {
        // Open work goes back to its group, through the engine so our work list follows (and through the one door:
        // erasure is the application's own act).
        ApplicationDoor.through(() -> {
            for (Task task : tasks.createTaskQuery().taskAssignee(userId).list()) {
                tasks.setAssignee(task.getId(), null);
            }
            for (Task task : tasks.createTaskQuery().taskOwner(userId).list()) {
                tasks.setOwner(task.getId(), null);
            }
        });
        if (identity.createUserQuery().userId(userId).count() > 0) {
            identity.deleteUser(userId);
        }
        // Then the engine's record of all of it, and of everything before.
        for (String[] column : USER_COLUMNS) {
            jdbc.sql("update " + column[0] + " set " + column[1] + " = null where " + column[1] + " = ?")
                    .param(userId).update();
        }
        for (String[] column : VALUE_COLUMNS) {
            jdbc.sql("update " + column[0] + " set " + column[1] + " = ? where " + column[1] + " = ?")
                    .params(ERASED, userId).update();
        }
        for (String[] rows : USER_ROWS) {
            jdbc.sql("delete from " + rows[0] + " where " + rows[1] + " = ?").param(userId).update();
        }
    }

    private static Map<String, Object> task(HistoricTaskInstance task) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("task", task.getName());
        out.put("startedAt", task.getStartTime() == null ? null : task.getStartTime().toInstant().toString());
        out.put("endedAt", task.getEndTime() == null ? null : task.getEndTime().toInstant().toString());
        return out;
    }
}
