package org.powerpartnership.participation;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormOption;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.SurveyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' view of a consultation's responses: a page at a time, newest first, narrowed by channel, area,
 * an answer to a choice question and words in the answers; and, for the same responses, how each choice question
 * was answered. For the consultation's team and admins only. Filters run on columns kept when the response was
 * written ({@link ResponseIndex}), so a page stays quick with thousands of responses.
 */
@Service
public class ResponseBrowser {

    public static final int PAGE_SIZE = 25;
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    /** What to narrow the responses to; null or blank parts do not narrow. */
    public record Filter(String channel, String area, String questionKey, String choice, String text) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** A question of the survey as the screen labels it; choice questions carry their options. */
    public record Question(String key, String label, FieldType type, List<FormOption> options) {
        public boolean isChoice() {
            return type.hasOptions();
        }

        /** An answer as people read it: option labels for choices, lists joined by commas. */
        public String display(Object value) {
            if (value instanceof Collection<?> many) {
                return many.stream().map(this::display).collect(Collectors.joining(", "));
            }
            String text = String.valueOf(value);
            return options.stream().filter(option -> option.value().equals(text)).map(FormOption::label).findFirst()
                    .orElse(text);
        }
    }

    /** One response: its channel, when it came in (the council's time zone), its area and its answers by key. */
    public record Response(long id, String channel, ZonedDateTime submittedAt, String area, Map<String, Object> answers) {
    }

    /** One page of responses and how many match in all. */
    public record Page(List<Response> responses, int total, int offset) {
    }

    /** How often each option of a choice question was picked, and its share of those who answered it. */
    public record ChoiceSummary(Question question, int answered, List<OptionCount> options) {
    }

    public record OptionCount(String value, String label, int count, double share) {
    }

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final SurveyService surveys;
    private final ObjectMapper json;
    private final Clock clock;

    ResponseBrowser(JdbcClient jdbc, ConsultationService consultations, SurveyService surveys, ObjectMapper json,
                    Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.surveys = surveys;
        this.json = json;
        this.clock = clock;
    }

    /** The survey's questions in order (those that hold an answer). */
    @Transactional(readOnly = true)
    public List<Question> questions(SignedInUser user, long consultationId) {
        consultations.forTeam(user, consultationId);
        return questions(consultationId);
    }

    List<Question> questions(long consultationId) {
        List<Question> questions = new ArrayList<>();
        for (FormField field : surveys.current(consultationId).schema().fields()) {
            questions.add(new Question(field.key(), field.label() == null ? field.key() : field.label(), field.type(),
                    field.options()));
        }
        return questions;
    }

    /** The areas (postcode districts) responses came from, in order, for the area filter. */
    @Transactional(readOnly = true)
    public List<String> areas(SignedInUser user, long consultationId) {
        consultations.forTeam(user, consultationId);
        return jdbc.sql("select distinct area from response where consultation_id = ? and area is not null order by area")
                .param(consultationId).query(String.class).list();
    }

    /** Up to {@link #PAGE_SIZE} matching responses from {@code offset}, newest first, and the number matching. */
    @Transactional(readOnly = true)
    public Page page(SignedInUser user, long consultationId, Filter filter, int offset) {
        consultations.forTeam(user, consultationId);
        Where where = where(consultationId, filter);
        int total = jdbc.sql("select count(*) from response r where " + where.sql).params(where.params)
                .query(Long.class).single().intValue();
        List<Object> params = new ArrayList<>(where.params);
        params.add(PAGE_SIZE);
        params.add(Math.max(0, offset));
        List<Response> responses = jdbc.sql("select r.id, r.channel, r.submitted_at, r.area, r.answers from response r "
                        + "where " + where.sql + " order by r.submitted_at desc, r.id desc limit ? offset ?")
                .params(params).query((rs, row) -> new Response(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant().atZone(clock.getZone()), rs.getString(4), read(rs.getString(5))))
                .list();
        return new Page(responses, total, Math.max(0, offset));
    }

    /** Every matching response, newest first, one at a time (for the export). */
    void each(long consultationId, Filter filter, Consumer<Response> sink) {
        Where where = where(consultationId, filter);
        jdbc.sql("select r.id, r.channel, r.submitted_at, r.area, r.answers from response r where " + where.sql
                        + " order by r.submitted_at desc, r.id desc")
                .params(where.params).query(rs -> {
                    sink.accept(new Response(rs.getLong(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant().atZone(clock.getZone()), rs.getString(4),
                            read(rs.getString(5))));
                });
    }

    /** For each choice question, how the matching responses answered it. */
    @Transactional(readOnly = true)
    public List<ChoiceSummary> summaries(SignedInUser user, long consultationId, Filter filter) {
        consultations.forTeam(user, consultationId);
        // with nothing to narrow by, the choice rows alone answer it (an index-only count); otherwise join the filter
        Where where = where(consultationId, filter);
        boolean narrowed = where.params.size() > 1;
        String from = narrowed
                ? " from response_choice c join response r on r.id = c.response_id where c.consultation_id = ? and "
                        + where.sql
                : " from response_choice c where c.consultation_id = ?";
        List<Object> params = narrowed ? prepend(consultationId, where.params) : List.of(consultationId);
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        jdbc.sql("select c.question_key, c.choice_value, count(*)" + from + " group by c.question_key, c.choice_value")
                .params(params)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), key -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        Map<String, Integer> answered = new LinkedHashMap<>();
        jdbc.sql("select c.question_key, count(distinct c.response_id)" + from + " group by c.question_key")
                .params(params)
                .query(rs -> {
                    answered.put(rs.getString(1), rs.getInt(2));
                });
        List<ChoiceSummary> summaries = new ArrayList<>();
        for (Question question : questions(consultationId)) {
            if (!question.isChoice()) {
                continue;
            }
            int people = answered.getOrDefault(question.key(), 0);
            Map<String, Integer> byValue = counts.getOrDefault(question.key(), Map.of());
            List<OptionCount> options = new ArrayList<>();
            for (FormOption option : question.options()) {
                int count = byValue.getOrDefault(option.value(), 0);
                options.add(new OptionCount(option.value(), option.label(), count,
                        people == 0 ? 0 : (double) count / people));
            }
            summaries.add(new ChoiceSummary(question, people, List.copyOf(options)));
        }
        return summaries;
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(long consultationId, Filter filter) {
        StringBuilder sql = new StringBuilder("r.consultation_id = ?");
        List<Object> params = new ArrayList<>(List.of(consultationId));
        if (present(filter.channel())) {
            sql.append(" and r.channel = ?");
            params.add(filter.channel());
        }
        if (present(filter.area())) {
            sql.append(" and r.area = ?");
            params.add(filter.area().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.questionKey()) && present(filter.choice())) {
            sql.append(" and exists (select 1 from response_choice f where f.response_id = r.id "
                    + "and f.consultation_id = r.consultation_id and f.question_key = ? and f.choice_value = ?)");
            params.add(filter.questionKey());
            params.add(filter.choice());
        }
        if (present(filter.text())) {
            // the answers are JSON; a word people typed is found inside it, wildcards in it taken literally
            sql.append(" and lower(r.answers) like ? escape '!'");
            String words = filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            params.add("%" + words + "%");
        }
        return new Where(sql.toString(), params);
    }

    private static List<Object> prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private Map<String, Object> read(String answers) {
        try {
            return json.readValue(answers, ANSWERS);
        } catch (JsonProcessingException unreadable) {
            return Map.of();
        }
    }
}
