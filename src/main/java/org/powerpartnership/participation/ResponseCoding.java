package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.SurveyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coding what people said: the team reads the responses and tags each with the themes it raises, optionally with
 * the passage that shows it. The counts and quotes the panel reads come from these tags.
 */
@Service
public class ResponseCoding {

    static final int QUOTES = 3;
    private static final int QUOTE_LENGTH = 200;
    private static final int PASSAGE_LENGTH = 2000;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ThemeService themes;
    private final SurveyService surveys;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    ResponseCoding(JdbcClient jdbc, ThemeService themes, SurveyService surveys, AuditLog audit, ObjectMapper json,
                   Clock clock) {
        this.jdbc = jdbc;
        this.themes = themes;
        this.surveys = surveys;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A page of the consultation's responses, newest first; only those with no theme yet when asked. */
    @Transactional(readOnly = true)
    public List<CodedResponse> responses(SignedInUser officer, long consultationId, boolean uncodedOnly, int first,
                                         int max) {
        themes.requireTeam(officer, consultationId);
        FormSchema schema = surveys.current(consultationId).schema();
        List<Row> rows = jdbc.sql("select id, channel, answers, submitted_at from response r where consultation_id = ?"
                        + (uncodedOnly ? UNCODED : "") + " order by submitted_at desc, id desc limit ? offset ?")
                .params(consultationId, max, first)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("channel"), rs.getString("answers"),
                        rs.getTimestamp("submitted_at")))
                .list();
        Map<Long, List<CodedResponse.Tag>> tags = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("select rt.response_id, rt.theme_id, rt.passage from response_theme rt join response r "
                            + "on r.id = rt.response_id where r.consultation_id = ? order by rt.id")
                    .param(consultationId)
                    .query(rs -> {
                        tags.computeIfAbsent(rs.getLong("response_id"), key -> new ArrayList<>())
                                .add(new CodedResponse.Tag(rs.getLong("theme_id"), rs.getString("passage")));
                    });
        }
        return rows.stream().map(row -> new CodedResponse(row.id(), row.submittedAt().toInstant(), row.channel(),
                freeText(schema, answers(row.answers())), tags.getOrDefault(row.id(), List.of()))).toList();
    }

    /** How many responses {@link #responses} pages through. */
    @Transactional(readOnly = true)
    public int count(SignedInUser officer, long consultationId, boolean uncodedOnly) {
        themes.requireTeam(officer, consultationId);
        return jdbc.sql("select count(*) from response r where consultation_id = ?" + (uncodedOnly ? UNCODED : ""))
                .param(consultationId).query(Integer.class).single();
    }

    /**
     * Tags a response with a theme, or changes the passage of a tag it has. A passage must be words the response
     * holds, so a quote can never be put in someone's mouth.
     */
    @Transactional
    public void tag(SignedInUser officer, long responseId, long themeId, String passage) {
        Theme theme = themes.get(themeId);
        themes.requireTeam(officer, theme.consultationId());
        Row response = response(responseId, theme.consultationId());
        String quote = checkedPassage(response, passage);
        boolean tagged = tagOf(responseId, themeId).isPresent();
        if (tagged && quote == null) {
            return;
        }
        if (tagged) {
            jdbc.sql("update response_theme set passage = ?, tagged_by = ?, tagged_at = ? "
                            + "where response_id = ? and theme_id = ?")
                    .params(quote, officer.userId(), Timestamp.from(clock.instant()), responseId, themeId).update();
        } else {
            jdbc.sql("insert into response_theme (response_id, theme_id, passage, tagged_by, tagged_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(responseId, themeId, quote, officer.userId(), Timestamp.from(clock.instant())).update();
        }
        themes.recount(themeId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("theme", "theme:" + themeId);
        details.put("title", theme.title());
        if (quote != null) {
            details.put("passage", quote);
        }
        audit.recordForStage(officer.userId(), theme.consultationId(), "PARTICIPATION", "response.tagged",
                "response:" + responseId, details);
    }

    /** Takes a theme off a response. */
    @Transactional
    public void untag(SignedInUser officer, long responseId, long themeId) {
        Theme theme = themes.get(themeId);
        themes.requireTeam(officer, theme.consultationId());
        int removed = jdbc.sql("delete from response_theme where response_id = ? and theme_id = ?")
                .params(responseId, themeId).update();
        if (removed > 0) {
            themes.recount(themeId);
            audit.recordForStage(officer.userId(), theme.consultationId(), "PARTICIPATION", "response.untagged",
                    "response:" + responseId, Map.of("theme", "theme:" + themeId, "title", theme.title()));
        }
    }

    /**
     * Makes a response's themes exactly these (the screen's multi-select); the passage, when given, goes with each
     * chosen theme. Nothing changes when the passage is refused.
     */
    @Transactional
    public void setTags(SignedInUser officer, long consultationId, long responseId, Collection<Long> themeIds,
                        String passage) {
        themes.requireTeam(officer, consultationId);
        Row response = response(responseId, consultationId);
        checkedPassage(response, passage);
        Set<Long> wanted = new HashSet<>(themeIds);
        for (Long present : jdbc.sql("select theme_id from response_theme where response_id = ?").param(responseId)
                .query(Long.class).list()) {
            if (!wanted.contains(present)) {
                untag(officer, responseId, present);
            }
        }
        for (Long themeId : wanted) {
            tag(officer, responseId, themeId, passage);
        }
    }

    /**
     * Each theme of the consultation with its count and up to three quotes, the most raised first. For readers the
     * caller has already checked (the team, the panel).
     */
    @Transactional(readOnly = true)
    public List<CodedTheme> evidence(long consultationId) {
        List<Theme> all = themes.of(consultationId);
        if (all.isEmpty()) {
            return List.of();
        }
        FormSchema schema = surveys.current(consultationId).schema();
        Map<Long, Set<String>> quotes = new LinkedHashMap<>();
        jdbc.sql("""
                select rt.theme_id, rt.passage, r.answers from response_theme rt
                join response r on r.id = rt.response_id join theme t on t.id = rt.theme_id
                where t.consultation_id = ?
                order by case when rt.passage is null then 1 else 0 end, rt.tagged_at desc, rt.id desc""")
                .param(consultationId)
                .query(rs -> {
                    Set<String> found = quotes.computeIfAbsent(rs.getLong("theme_id"), key -> new LinkedHashSet<>());
                    if (found.size() >= QUOTES) {
                        return;
                    }
                    String passage = rs.getString("passage");
                    if (passage != null) {
                        found.add(passage);
                    } else {
                        freeText(schema, answers(rs.getString("answers"))).stream().findFirst()
                                .map(answer -> shorten(answer.text())).ifPresent(found::add);
                    }
                });
        return all.stream().map(theme -> new CodedTheme(theme, List.copyOf(quotes.getOrDefault(theme.id(), Set.of()))))
                .toList();
    }

    private String checkedPassage(Row response, String passage) {
        String quote = passage == null ? "" : passage.strip();
        if (quote.isEmpty()) {
            return null;
        }
        if (quote.length() > PASSAGE_LENGTH) {
            throw new InvalidInputException(FieldProblem.of("passage", "coding.passage.length", PASSAGE_LENGTH));
        }
        String wanted = normalise(quote);
        boolean found = answers(response.answers()).values().stream().filter(String.class::isInstance)
                .anyMatch(text -> normalise((String) text).contains(wanted));
        if (!found) {
            throw new InvalidInputException(FieldProblem.of("passage", "coding.passage.notInResponse"));
        }
        return quote;
    }

    private Row response(long responseId, long consultationId) {
        return jdbc.sql("select id, channel, answers, submitted_at from response where id = ? and consultation_id = ?")
                .params(responseId, consultationId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("channel"), rs.getString("answers"),
                        rs.getTimestamp("submitted_at")))
                .optional().orElseThrow(() -> new IllegalArgumentException(
                        "No response " + responseId + " in consultation " + consultationId));
    }

    private Optional<String> tagOf(long responseId, long themeId) {
        return jdbc.sql("select coalesce(passage, '') from response_theme where response_id = ? and theme_id = ?")
                .params(responseId, themeId).query(String.class).optional();
    }

    /** The answers people wrote in their own words, labelled as the survey asks them; choices are left out. */
    static List<CodedResponse.Answer> freeText(FormSchema schema, Map<String, Object> answers) {
        List<CodedResponse.Answer> text = new ArrayList<>();
        for (var entry : answers.entrySet()) {
            if (!(entry.getValue() instanceof String value) || value.isBlank()) {
                continue;
            }
            Optional<FormField> field = schema.field(entry.getKey());
            if (field.isPresent() && field.get().type() != FieldType.TEXTAREA
                    && field.get().type() != FieldType.TEXTFIELD) {
                continue;
            }
            String label = field.map(FormField::label).filter(l -> l != null && !l.isBlank()).orElse(entry.getKey());
            text.add(new CodedResponse.Answer(entry.getKey(), label, value.strip()));
        }
        // the survey's order, so every response reads the same way
        List<String> order = schema.fields().stream().map(FormField::key).toList();
        text.sort(java.util.Comparator.comparingInt(answer -> {
            int at = order.indexOf(answer.key());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        return text;
    }

    private Map<String, Object> answers(String answersJson) {
        try {
            return json.readValue(answersJson, JSON_OBJECT);
        } catch (Exception unreadable) {
            return Map.of();
        }
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        if (text.length() <= QUOTE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', QUOTE_LENGTH);
        return text.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH).strip() + "…";
    }

    private static final String UNCODED =
            " and not exists (select 1 from response_theme rt where rt.response_id = r.id)";

    private record Row(long id, String channel, String answers, Timestamp submittedAt) {
    }
}
