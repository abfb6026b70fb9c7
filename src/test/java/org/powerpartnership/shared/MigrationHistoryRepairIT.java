package org.powerpartnership.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that ran V8 as it was once edited (after it had landed) still starts: its recorded checksum is aligned
 * with V8 as it landed, V27 leaves the columns it already has, and any other difference still fails validation.
 */
@IntegrationTest
class MigrationHistoryRepairIT {

    @Autowired
    Flyway flyway;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_database_that_ran_the_edited_v8_validates_and_keeps_its_session_columns() {
        setV8Checksum(MigrationHistoryRepair.EDITED_V8);

        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(v8Checksum()).isEqualTo(MigrationHistoryRepair.LANDED_V8);
        assertThat(jdbc.sql("select count(*) from information_schema.columns where lower(table_name) = 'evidence_pack' "
                + "and lower(column_name) in ('session_outcomes', 'session_at')").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void any_other_checksum_of_v8_still_fails_validation() {
        setV8Checksum(12345);
        try {
            assertThat(flyway.validateWithResult().validationSuccessful).isFalse();
            assertThat(v8Checksum()).isEqualTo(12345);
        } finally {
            setV8Checksum(MigrationHistoryRepair.LANDED_V8);
        }
    }

    private void setV8Checksum(int checksum) {
        jdbc.sql("update \"flyway_schema_history\" set \"checksum\" = ? where \"version\" = '8'").param(checksum).update();
    }

    private int v8Checksum() {
        return jdbc.sql("select \"checksum\" from \"flyway_schema_history\" where \"version\" = '8'")
                .query(Integer.class).single();
    }
}
