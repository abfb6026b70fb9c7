package org.powerpartnership.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unfinished launch forms, kept on the server for the officer who wrote them: saved whenever they ask and whenever
 * they move between the form's steps, resumed later, gone once the consultation is launched. A draft is whatever was
 * typed, valid or not: checking happens at launch.
 */
@Service
public class LaunchDrafts {

    /** A saved draft, as a list shows it. */
    public record Draft(long id, String title, Instant savedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ConsultationService consultations;
    private final Clock clock;

    LaunchDrafts(JdbcClient jdbc, ObjectMapper json, ConsultationService consultations, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.consultations = consultations;
        this.clock = clock;
    }

    /**
     * Saves what the officer has typed so far.
     *
     * @param draftId the draft being continued, or null for a new one
     * @return the draft's id
     */
    @Transactional
    public long save(SignedInUser officer, Long draftId, LaunchRequest request) {
        requireOfficer(officer);
        String content = write(request);
        String title = request.brief() == null ? null : String.valueOf(request.brief().getOrDefault("title", ""));
        if (title != null && title.length() > 200) {
            title = title.substring(0, 200);
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (draftId != null && ownerOf(draftId).filter(officer.userId()::equals).isPresent()) {
            jdbc.sql("update launch_draft set title = ?, content = ?, saved_at = ? where id = ?")
                    .params(title, content, now, draftId).update();
            return draftId;
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into launch_draft (owner, title, content, saved_at) values (?, ?, ?, ?)")
                .params(officer.userId(), title, content, now).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The officer's own drafts, the latest first. */
    @Transactional(readOnly = true)
    public List<Draft> mine(SignedInUser officer) {
        return jdbc.sql("select id, title, saved_at from launch_draft where owner = ? order by saved_at desc, id desc")
                .param(officer.userId())
                .query((rs, row) -> new Draft(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** One of the officer's own drafts; nobody else's. */
    @Transactional(readOnly = true)
    public Optional<LaunchRequest> load(SignedInUser officer, long draftId) {
        return jdbc.sql("select content from launch_draft where id = ? and owner = ?")
                .params(draftId, officer.userId()).query(String.class).optional().map(this::read);
    }

    @Transactional
    public void delete(SignedInUser officer, long draftId) {
        jdbc.sql("delete from launch_draft where id = ? and owner = ?").params(draftId, officer.userId()).update();
    }

    /** Launches the consultation and, in the same transaction, removes the draft it was written in. */
    @Transactional
    public Consultation launch(SignedInUser officer, Long draftId, LaunchRequest request) {
        Consultation launched = consultations.launch(officer, request);
        if (draftId != null) {
            delete(officer, draftId);
        }
        return launched;
    }

    private Optional<String> ownerOf(long draftId) {
        return jdbc.sql("select owner from launch_draft where id = ?").param(draftId).query(String.class).optional();
    }

    private static void requireOfficer(SignedInUser user) {
        if (!user.hasRole(Roles.OFFICER)) {
            throw new AccessDeniedException("Only officers write launch drafts");
        }
    }

    private String write(LaunchRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot save the draft", e);
        }
    }

    private LaunchRequest read(String content) {
        try {
            return json.readValue(content, LaunchRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a saved draft", e);
        }
    }
}
