package org.powerpartnership.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Proves each integration run really is on the database it claims, so "passes on PostgreSQL" means it. */
@IntegrationTest
class ChosenDatabaseIT {

    @Autowired
    DataSource dataSource;

    @Test
    void the_run_uses_the_database_it_was_started_for_and_a_database_of_its_own() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (PostgresRun.isPostgresRun()) {
                assertThat(product).isEqualTo("PostgreSQL");
                assertThat(connection.getCatalog()).startsWith(TestDatabase.PREFIX);
            } else {
                assertThat(product).isEqualTo("H2");
            }
        }
    }
}
