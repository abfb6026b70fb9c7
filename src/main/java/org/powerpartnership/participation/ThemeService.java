package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analysis: the themes in what people said and, for each, the council's conscientious consideration. The stage
 * cannot go to the panel while any theme lacks one (Gunning principle 4). A theme's count ({@link Theme#mentions()})
 * is the number of distinct responses tagged with it ({@link ResponseCoding}), never a number typed in.
 */
@Service
public class ThemeService {

    private final JdbcClient jdbc;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Clock clock;

    ThemeService(JdbcClient jdbc, Memberships memberships, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new theme, counted from the responses tagged with it later; a title the consultation has is refused. */
    @Transactional
    public Theme add(SignedInUser officer, long consultationId, String title, String summary) {
        requireTeam(officer, consultationId);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        String cleanSummary = summary == null ? "" : summary.strip();
        checkTitle(consultationId, cleanTitle, null, problems);
        if (cleanSummary.length() < 10 || cleanSummary.length() > 4000) {
            problems.add(FieldProblem.of("summary", "theme.summary.length", 10, 4000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into theme (consultation_id, title, summary, mentions) values (?, ?, ?, 0)")
                .params(consultationId, cleanTitle, cleanSummary).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.recordForStage(officer.userId(), consultationId, "PARTICIPATION", "theme.added", "theme:" + id,
                Map.of("title", cleanTitle, "summary", cleanSummary));
        return get(id);
    }

    /** A clearer title for a theme; the consultation's other themes keep theirs, so no two read the same. */
    @Transactional
    public Theme rename(SignedInUser officer, long themeId, String title) {
        Theme theme = get(themeId);
        requireTeam(officer, theme.consultationId());
        String cleanTitle = title == null ? "" : title.strip();
        List<FieldProblem> problems = new ArrayList<>();
        checkTitle(theme.consultationId(), cleanTitle, themeId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        jdbc.sql("update theme set title = ? where id = ?").params(cleanTitle, themeId).update();
        audit.recordForStage(officer.userId(), theme.consultationId(), "PARTICIPATION", "theme.renamed",
                "theme:" + themeId, Map.of("from", theme.title(), "to", cleanTitle));
        return get(themeId);
    }

    /**
     * Folds one theme into another: its responses are tagged with the other (their passages kept where the other
     * has none), and it disappears. What it was and the consideration it had stay in the audit log.
     */
    @Transactional
    public Theme merge(SignedInUser officer, long mergedThemeId, long intoThemeId) {
        Theme merged = get(mergedThemeId);
        Theme into = get(intoThemeId);
        requireTeam(officer, merged.consultationId());
        if (mergedThemeId == intoThemeId) {
            throw new InvalidInputException(FieldProblem.of("mergeInto", "theme.merge.same"));
        }
        if (into.consultationId() != merged.consultationId()) {
            throw new InvalidInputException(FieldProblem.of("mergeInto", "theme.merge.otherConsultation"));
        }
        jdbc.sql("""
                insert into response_theme (response_id, theme_id, passage, tagged_by, tagged_at)
                select t.response_id, ?, t.passage, ?, ? from response_theme t
                where t.theme_id = ? and not exists (select 1 from response_theme o
                    where o.theme_id = ? and o.response_id = t.response_id)""")
                .params(intoThemeId, officer.userId(), Timestamp.from(clock.instant()), mergedThemeId, intoThemeId)
                .update();
        jdbc.sql("delete from response_theme where theme_id = ?").param(mergedThemeId).update();
        jdbc.sql("delete from theme where id = ?").param(mergedThemeId).update();
        recount(intoThemeId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", merged.title());
        details.put("summary", merged.summary());
        details.put("into", "theme:" + intoThemeId);
        details.put("intoTitle", into.title());
        if (merged.isConsidered()) {
            details.put("consideration", merged.consideration());
        }
        audit.recordForStage(officer.userId(), merged.consultationId(), "PARTICIPATION", "theme.merged",
                "theme:" + mergedThemeId, details);
        return get(intoThemeId);
    }

    @Transactional
    public Theme consider(SignedInUser officer, long themeId, String consideration) {
        Theme theme = get(themeId);
        requireTeam(officer, theme.consultationId());
        String text = consideration == null ? "" : consideration.strip();
        if (text.length() < 20 || text.length() > 4000) {
            throw new InvalidInputException(FieldProblem.of("consideration", "theme.consideration.length", 20, 4000));
        }
        jdbc.sql("update theme set consideration = ?, considered_by = ?, considered_at = ? where id = ?")
                .params(text, officer.userId(), Timestamp.from(clock.instant()), themeId).update();
        audit.recordForStage(officer.userId(), theme.consultationId(), "PARTICIPATION", "theme.considered",
                "theme:" + themeId, Map.of("consideration", text));
        return get(themeId);
    }

    /** The consultation's themes, the most raised first. */
    @Transactional(readOnly = true)
    public List<Theme> of(long consultationId) {
        return jdbc.sql(SELECT + " where consultation_id = ? order by mentions desc, id").param(consultationId)
                .query(ThemeService::map).list();
    }

    @Transactional(readOnly = true)
    public Theme get(long themeId) {
        return jdbc.sql(SELECT + " where id = ?").param(themeId).query(ThemeService::map).optional()
                .orElseThrow(() -> new IllegalArgumentException("No theme " + themeId));
    }

    /** Sets a theme's count to the distinct responses tagged with it, after any change to its tags. */
    void recount(long themeId) {
        jdbc.sql("update theme set mentions = (select count(distinct response_id) from response_theme "
                + "where theme_id = ?) where id = ?").params(themeId, themeId).update();
    }

    void requireTeam(SignedInUser user, long consultationId) {
        if (!memberships.isOnTeam(consultationId, user.userId())) {
            throw new AccessDeniedException(user.userId() + " is not on this consultation's team");
        }
    }

    private void checkTitle(long consultationId, String title, Long except, List<FieldProblem> problems) {
        if (title.length() < 3 || title.length() > 200) {
            problems.add(FieldProblem.of("title", "theme.title.length", 3, 200));
            return;
        }
        long same = jdbc.sql("select count(*) from theme where consultation_id = ? and lower(title) = lower(?) "
                        + "and id <> ?")
                .params(consultationId, title, except == null ? -1L : except)
                .query(Long.class).single();
        if (same > 0) {
            problems.add(FieldProblem.of("title", "theme.title.taken", title));
        }
    }

    private static final String SELECT = "select id, consultation_id, title, summary, mentions, consideration, "
            + "considered_by, considered_at from theme";

    private static Theme map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("considered_at");
        return new Theme(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("title"),
                rs.getString("summary"), rs.getInt("mentions"), rs.getString("consideration"),
                rs.getString("considered_by"), at == null ? null : at.toInstant());
    }
}
