package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Save and finish later": what a person typed into a task's form, valid or not, kept for them alone so it
 * survives signing out. One draft per person and task reference ({@code survey:<id>}, {@code task:<id>}); sending
 * the task deletes it. Callers check that the person may do the task; this class only ever reads and writes the
 * person's own rows.
 */
@Service
public class TaskDrafts implements PersonalDataHolder {

    /** The size of task_draft.content (V8): a longer draft is refused with a message, never cut or lost silently. */
    public static final int MAX_CHARACTERS = 60_000;

    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    TaskDrafts(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the draft; one too long to keep is refused (field {@code draft}) and the one saved before stays. */
    @Transactional
    public void save(SignedInUser user, String taskRef, Map<String, ?> values) {
        String content = write(values);
        if (content.length() > MAX_CHARACTERS) {
            throw new InvalidInputException(FieldProblem.of("draft", "residentTasks.draftTooLong", MAX_CHARACTERS));
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update task_draft set content = ?, saved_at = ? where user_id = ? and task_ref = ?")
                .params(content, now, user.userId(), taskRef).update();
        if (updated == 0) {
            jdbc.sql("insert into task_draft (user_id, task_ref, content, saved_at) values (?, ?, ?, ?)")
                    .params(user.userId(), taskRef, content, now).update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Map<String, Object>> load(SignedInUser user, String taskRef) {
        return jdbc.sql("select content from task_draft where user_id = ? and task_ref = ?")
                .params(user.userId(), taskRef).query(String.class).optional().map(this::read);
    }

    /** The tasks this person has a draft for. */
    @Transactional(readOnly = true)
    public Set<String> refsOf(SignedInUser user) {
        return new TreeSet<>(jdbc.sql("select task_ref from task_draft where user_id = ?").param(user.userId())
                .query(String.class).list());
    }

    @Transactional
    public void delete(SignedInUser user, String taskRef) {
        jdbc.sql("delete from task_draft where user_id = ? and task_ref = ?").params(user.userId(), taskRef).update();
    }

    @Override
    public String section() {
        return "taskDrafts";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> drafts = jdbc.sql(
                        "select task_ref, content, saved_at from task_draft where user_id = ? order by saved_at")
                .param(userId)
                .query((rs, row) -> {
                    Map<String, Object> draft = new LinkedHashMap<>();
                    draft.put("task", rs.getString("task_ref"));
                    draft.put("savedAt", rs.getTimestamp("saved_at").toInstant().toString());
                    draft.put("values", read(rs.getString("content")));
                    return draft;
                }).list();
        return drafts;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        jdbc.sql("delete from task_draft where user_id = ?").param(userId).update();
    }

    private String write(Map<String, ?> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot save the draft", e);
        }
    }

    private Map<String, Object> read(String content) {
        try {
            return json.readValue(content, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a saved draft", e);
        }
    }
}
