package org.powerpartnership.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Survey responses in "My data": a resident downloads what they answered; erasure cuts the link to them
 * ({@code respondent_id} becomes null) so the anonymous answers still count in the consultation's figures. Responses a
 * partner entered for others, and themes they weighed up, keep their place under a random name.
 */
@Component
class ResponsePersonalData implements PersonalDataHolder {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private static final String POSTCODE = "postcode";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ResponsePersonalData(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public String section() {
        return "responses";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> responses = jdbc.sql("""
                        select r.consultation_id, c.title, r.channel, r.answers, r.submitted_at
                        from response r join consultation c on c.id = r.consultation_id
                        where r.respondent_id = ? order by r.submitted_at""")
                .param(userId)
                .query((rs, row) -> {
                    Map<String, Object> response = new LinkedHashMap<>();
                    response.put("consultationId", rs.getLong("consultation_id"));
                    response.put("consultation", rs.getString("title"));
                    response.put("channel", rs.getString("channel"));
                    response.put("submittedAt", rs.getTimestamp("submitted_at").toInstant().toString());
                    response.put("answers", read(rs.getString("answers")));
                    return response;
                }).list();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("yourResponses", responses);
        out.put("responsesYouEnteredForOthers", jdbc.sql("select count(*) from response where assisted_by = ?")
                .param(userId).query(Long.class).single());
        out.put("themesYouConsidered", jdbc.sql("select count(*) from theme where considered_by = ?")
                .param(userId).query(Long.class).single());
        return out;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        // A full postcode with an age band can point to one household: the kept answers keep only its district.
        jdbc.sql("select id, answers from response where respondent_id = ?").param(userId)
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(response -> coarsenPostcode(response.getKey(), response.getValue()));
        jdbc.sql("update response set respondent_id = null where respondent_id = ?").param(userId).update();
        // what they entered for others or weighed up stays, under a random name that leads nowhere
        String pseudonym = Pseudonyms.random();
        jdbc.sql("update response set assisted_by = ? where assisted_by = ?").params(pseudonym, userId).update();
        jdbc.sql("update theme set considered_by = ? where considered_by = ?").params(pseudonym, userId).update();
    }

    private void coarsenPostcode(long responseId, String answers) {
        Map<String, Object> values = new LinkedHashMap<>(read(answers));
        if (!(values.get(POSTCODE) instanceof String postcode) || postcode.isBlank()) {
            return;
        }
        values.put(POSTCODE, district(postcode));
        try {
            jdbc.sql("update response set answers = ? where id = ?")
                    .params(json.writeValueAsString(values), responseId).update();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answers of response " + responseId, e);
        }
    }

    /** The postcode district (outward code): "CF10 4UW" and "cf104uw" become "CF10". */
    static String district(String postcode) {
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) : "";
    }

    private Map<String, Object> read(String answers) {
        try {
            return json.readValue(answers, ANSWERS);
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", answers);
        }
    }
}
