package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
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
 * cannot go to the panel while any theme lacks one (Gunning principle 4).
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

    @Transactional
    public Theme add(SignedInUser officer, long consultationId, String title, String summary, int mentions) {
        requireTeam(officer, consultationId);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = title == null ? "" : title.strip();
        String cleanSummary = summary == null ? "" : summary.strip();
        if (cleanTitle.length() < 3 || cleanTitle.length() > 200) {
            problems.add(FieldProblem.of("title", "theme.title.length", 3, 200));
        }
        if (cleanSummary.length() < 10 || cleanSummary.length() > 4000) {
            problems.add(FieldProblem.of("summary", "theme.summary.length", 10, 4000));
        }
        if (mentions < 0) {
            problems.add(FieldProblem.of("mentions", "form.min", 0));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into theme (consultation_id, title, summary, mentions) values (?, ?, ?, ?)")
                .params(consultationId, cleanTitle, cleanSummary, mentions).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.recordForStage(officer.userId(), consultationId, "PARTICIPATION", "theme.added", "theme:" + id,
                Map.of("title", cleanTitle, "mentions", mentions));
        return get(id);
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

    private void requireTeam(SignedInUser user, long consultationId) {
        if (!memberships.isOnTeam(consultationId, user.userId())) {
            throw new AccessDeniedException(user.userId() + " is not on this consultation's team");
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
