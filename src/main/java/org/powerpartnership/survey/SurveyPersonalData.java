package org.powerpartnership.survey;

import java.util.LinkedHashMap;
import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys in "My data": the versions an officer published (with their reasons) and the working copies they last
 * saved. Erasure keeps every version, because responses and the public record rest on them, under a random name
 * that leads nowhere.
 */
@Component
class SurveyPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    SurveyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "surveys";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("versionsYouPublished", jdbc.sql("select c.ref, v.version, v.reason, v.published_at from "
                        + "survey_version v join consultation c on c.id = v.consultation_id where v.published_by = ? "
                        + "order by v.published_at")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> version = new LinkedHashMap<>();
                    version.put("consultation", rs.getString(1));
                    version.put("version", rs.getInt(2));
                    version.put("reason", rs.getString(3));
                    version.put("publishedAt", rs.getTimestamp(4).toInstant().toString());
                    return version;
                }).list());
        held.put("workingCopiesYouLastSaved", jdbc.sql("select c.ref from survey_draft d join consultation c "
                + "on c.id = d.consultation_id where d.updated_by = ? order by c.ref").param(userId)
                .query(String.class).list());
        return held;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        String pseudonym = Pseudonyms.random();
        jdbc.sql("update survey_version set published_by = ? where published_by = ?").params(pseudonym, userId)
                .update();
        jdbc.sql("update survey_draft set updated_by = ? where updated_by = ?").params(pseudonym, userId).update();
    }
}
