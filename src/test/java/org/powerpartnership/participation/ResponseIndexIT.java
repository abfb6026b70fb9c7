package org.powerpartnership.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Responses written before the responses screen existed are found by its filters after the next start. */
@IntegrationTest
class ResponseIndexIT {

    @Autowired
    Cycle cycle;
    @Autowired
    ParticipationService participation;
    @Autowired
    ResponseIndex index;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_earlier_response_gets_its_area_and_choice_rows_at_start_up_once() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        long id = participation.enterOnBehalf(cast.lead(), consultation.id(), Map.of("agreement", "disagree",
                "whatMattersMost", "Old paper from before the screen.", "postcode", "CF10 4UW"), "paper", "old-" + id());
        // as a row written before V15 looks
        jdbc.sql("delete from response_choice where response_id = ?").param(id).update();
        jdbc.sql("update response set area = null, choices_indexed = false where id = ?").param(id).update();

        index.run(null);
        index.run(null);

        assertThat(jdbc.sql("select area from response where id = ?").param(id).query(String.class).single())
                .isEqualTo("CF10");
        assertThat(jdbc.sql("select question_key || '=' || choice_value from response_choice where response_id = ?")
                .param(id).query(String.class).list()).containsExactly("agreement=disagree");
    }

    private static String id() {
        return java.util.UUID.randomUUID().toString();
    }
}
