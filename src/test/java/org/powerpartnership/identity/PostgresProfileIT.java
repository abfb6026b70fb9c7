package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.PowerPartnershipApplication;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.PostgresRun;
import org.powerpartnership.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The production profile as an operator starts it: SPRING_PROFILES_ACTIVE=postgres on an empty database. It refuses
 * to start without ADMIN_PASSWORD, and with it creates exactly one admin and no demo accounts. PostgreSQL run only.
 */
@ExtendWith(PostgresRun.class)
@Order(Integer.MAX_VALUE) // starts applications of its own in this JVM: after everything else
class PostgresProfileIT {

    private String database;

    @BeforeEach
    void emptyDatabase() {
        assumeTrue(PostgresRun.isPostgresRun(), "runs in the PostgreSQL run only");
        database = TestDatabase.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            TestDatabase.dropDatabase(database);
        }
    }

    @Test
    void the_first_start_refuses_without_an_admin_password_and_says_which_setting_is_missing() {
        assertThatThrownBy(() -> start(""))
                .hasStackTraceContaining("Set ADMIN_PASSWORD");
    }

    @Test
    void the_first_start_creates_one_admin_from_the_settings_and_no_demo_accounts() {
        try (ConfigurableApplicationContext app = start("a-sturdy-passphrase-for-ops-2026")) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMIN).list())
                    .singleElement().satisfies(admin -> assertThat(admin.getEmail()).isEqualTo("ops@council.example"));
            assertThat(identity.createUserQuery().count()).isEqualTo(1);
            assertThat(identity.createUserQuery().userEmail("officer@example.org").count()).isZero();
        }
    }

    /** Starts the application as an operator would; command-line arguments outrank application-postgres.yaml. */
    private ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(PowerPartnershipApplication.class)
                .profiles("postgres")
                .run("--server.port=0",
                        "--spring.datasource.url=" + TestDatabase.urlOf(database),
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password(),
                        "--powerpartnership.initial-admin.email=ops@council.example",
                        "--powerpartnership.initial-admin.password=" + adminPassword,
                        "--vaadin.devmode.devTools.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        // Camunda keeps engines in a JVM-wide registry: a second "default" would, on closing,
                        // unregister the test suite's own engine from the webapps and REST API.
                        "--camunda.bpm.process-engine-name=profile-check");
    }
}
