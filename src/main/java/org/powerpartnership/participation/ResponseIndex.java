package org.powerpartnership.participation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.survey.SurveyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the responses screen filters on, kept beside each response's JSON answers: its area (the postcode district)
 * and one {@code response_choice} row per choice answer. Written by {@link ParticipationService#respond} in the same
 * transaction as the response; responses written before the screen existed are filled in once at start-up.
 */
@Component
class ResponseIndex implements ApplicationRunner {

    static final String POSTCODE = "postcode";
    private static final Logger LOG = LoggerFactory.getLogger(ResponseIndex.class);
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final SurveyService surveys;
    private final ObjectMapper json;

    ResponseIndex(JdbcClient jdbc, SurveyService surveys, ObjectMapper json) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.json = json;
    }

    /** The postcode district of the answers, or null when no postcode was given. */
    static String area(Map<String, ?> answers) {
        if (answers.get(POSTCODE) instanceof String postcode && !postcode.isBlank()) {
            String district = ResponsePersonalData.district(postcode);
            return district.isEmpty() || district.length() > 8 ? null : district;
        }
        return null;
    }

    /** Each chosen option of each choice question (select, radio, checklist) in the answers. */
    static Set<Map.Entry<String, String>> choices(FormSchema schema, Map<String, ?> answers) {
        Set<Map.Entry<String, String>> chosen = new LinkedHashSet<>();
        for (FormField field : schema.fields()) {
            Object value = answers.get(field.key());
            if (!field.type().hasOptions() || value == null) {
                continue;
            }
            Collection<?> values = value instanceof Collection<?> many ? many : List.of(value);
            for (Object one : values) {
                if (one != null && !one.toString().isBlank() && one.toString().length() <= 200) {
                    chosen.add(Map.entry(field.key(), one.toString()));
                }
            }
        }
        return chosen;
    }

    void writeChoices(long responseId, long consultationId, FormSchema schema, Map<String, ?> answers) {
        for (Map.Entry<String, String> choice : choices(schema, answers)) {
            jdbc.sql("insert into response_choice (response_id, consultation_id, question_key, choice_value) "
                            + "values (?, ?, ?, ?)")
                    .params(responseId, consultationId, choice.getKey(), choice.getValue()).update();
        }
    }

    /** Fills in responses written before this index existed (none after the first start). */
    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Object[]> pending = jdbc.sql("select id, consultation_id, answers from response where choices_indexed = false")
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list();
        for (Object[] response : pending) {
            long id = (Long) response[0];
            long consultationId = (Long) response[1];
            Map<String, Object> answers = read((String) response[2]);
            // claimed first: a second node starting at the same time waits on the row, then finds it done
            if (jdbc.sql("update response set area = ?, choices_indexed = true where id = ? and choices_indexed = false")
                    .params(area(answers), id).update() == 1) {
                writeChoices(id, consultationId, surveys.current(consultationId).schema(), answers);
            }
        }
        if (!pending.isEmpty()) {
            LOG.info("Indexed {} earlier responses for the responses screen", pending.size());
        }
    }

    private Map<String, Object> read(String answers) {
        try {
            return json.readValue(answers, ANSWERS);
        } catch (JsonProcessingException unreadable) {
            return Map.of();
        }
    }
}
