package org.powerpartnership.participation;

import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysis in "My data": an officer sees how many responses they coded; erasure keeps the tags (the panel's
 * counts and quotes rest on them) under a random name that leads nowhere.
 */
@Component
class CodingPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    CodingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "analysis";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        return Map.of("responsesYouTagged", jdbc.sql("select count(distinct response_id) from response_theme "
                + "where tagged_by = ?").param(userId).query(Long.class).single());
    }

    @Override
    @Transactional
    public void erase(String userId) {
        jdbc.sql("update response_theme set tagged_by = ? where tagged_by = ?")
                .params(Pseudonyms.random(), userId).update();
    }
}
