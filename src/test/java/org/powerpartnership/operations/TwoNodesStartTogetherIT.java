package org.powerpartnership.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.PowerPartnershipApplication;
import org.powerpartnership.support.PostgresRun;
import org.powerpartnership.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes started at the same moment on a fresh, empty PostgreSQL database both come up: the schema (Flyway's and
 * the engine's) and the first admin are created once ({@link StartupLock}), not raced. Two Spring contexts in this
 * JVM stand in for the two nodes. PostgreSQL only: H2 here is an in-memory database of one JVM, never shared by
 * two nodes, so there is nothing to race.
 */
@ExtendWith(PostgresRun.class)
class TwoNodesStartTogetherIT {

    @Test
    void two_nodes_starting_together_on_an_empty_database_both_come_up() throws Exception {
        assumeTrue(PostgresRun.isPostgresRun(),
                "PostgreSQL only: two nodes share one database only on PostgreSQL (the H2 run has nothing to race)");
        String database = TestDatabase.createDatabase();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> nodes = new ArrayList<>();
        // Both nodes live in this one JVM: left alone, each would reconfigure the JVM's one Logback at the same moment,
        // and Logback's own set-up is not safe against that race (it failed once with "no conversion class for clr").
        // The nodes log through the configuration the test JVM already has.
        String loggingSystem = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            List<Future<ConfigurableApplicationContext>> starts = new ArrayList<>();
            for (String node : List.of("a", "b")) {
                starts.add(threads.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return new SpringApplicationBuilder(PowerPartnershipApplication.class).profiles("postgres")
                            .run(arguments(node, database));
                }));
            }
            List<Throwable> failures = new ArrayList<>();
            for (Future<ConfigurableApplicationContext> start : starts) {
                try {
                    nodes.add(start.get(4, TimeUnit.MINUTES));
                } catch (Exception e) {
                    failures.add(e.getCause() == null ? e : e.getCause());
                }
            }
            assertThat(failures).as("nodes that failed to start").isEmpty();
            assertThat(nodes).hasSize(2).allMatch(ConfigurableApplicationContext::isActive);

            try (Connection connection = DriverManager.getConnection(
                    TestDatabase.urlOf(database), TestDatabase.user(), TestDatabase.password());
                 Statement sql = connection.createStatement()) {
                assertThat(count(sql, "select count(*) from act_ge_schema_log")).isPositive();
                assertThat(count(sql, "select count(*) from act_id_membership where group_id_ = 'admin'"))
                        .as("one initial admin").isEqualTo(1);
                assertThat(count(sql, "select count(*) from flyway_schema_history where not success"))
                        .isZero();
                // Flyway ran before the engine made its tables: on a schema that already had ACT_* tables it would
                // have written a baseline row (baseline-on-migrate) instead of migrating an empty schema
                assertThat(count(sql, "select count(*) from flyway_schema_history where type = 'BASELINE'"))
                        .as("Flyway migrated an empty schema, before the engine").isZero();
                assertThat(count(sql, "select count(*) from pg_locks where locktype = 'advisory' and objid = "
                        + (StartupLock.KEY & 0xFFFF_FFFFL) + " and classid = " + (StartupLock.KEY >>> 32)
                        // this database's lock only: other runs on the same server start nodes of their own
                        + " and database = (select oid from pg_database where datname = current_database())"))
                        .as("the startup lock is released once both are up").isZero();
            }
        } finally {
            nodes.forEach(ConfigurableApplicationContext::close);
            threads.shutdownNow();
            TestDatabase.dropDatabase(database);
            if (loggingSystem == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
            }
        }
    }

    /** Command-line arguments: they win over application-postgres.yaml, as a deployment's environment does. */
    private static String[] arguments(String name, String database) {
        return java.util.stream.Stream.of(
                        "spring.datasource.url=" + TestDatabase.urlOf(database),
                        "spring.datasource.username=" + TestDatabase.user(),
                        "spring.datasource.password=" + TestDatabase.password(),
                        "spring.datasource.hikari.maximum-pool-size=5",
                        "spring.jmx.enabled=false",
                        "server.port=0",
                        "powerpartnership.mail.delivery=log",
                        "powerpartnership.initial-admin.email=admin@test.example.org",
                        "powerpartnership.initial-admin.password=kettle-on-the-hob-2026",
                        "powerpartnership.bcrypt-strength=4",
                        "camunda.bpm.job-execution.enabled=false",
                        // a name of its own: Camunda's registry is JVM-wide, and the test context's engine is "default"
                        "camunda.bpm.process-engine-name=node-" + name,
                        "camunda.bpm.metrics.db-reporter-activate=false",
                        "vaadin.devmode.devTools.enabled=false",
                        "logging.level.root=WARN",
                        "logging.level.org.powerpartnership=INFO",
                        "node=" + name).map(argument -> "--" + argument).toArray(String[]::new);
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
