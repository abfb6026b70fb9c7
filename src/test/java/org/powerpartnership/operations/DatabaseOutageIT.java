package org.powerpartnership.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.PowerPartnershipApplication;
import org.powerpartnership.support.CuttableProxy;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.PostgresRun;
import org.powerpartnership.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile while its database goes away and comes back, through a TCP proxy the test cuts: requests
 * answer "try again" within seconds instead of hanging, health and readiness say DOWN, and once the database is back
 * everything works again without a restart. PostgreSQL run only.
 */
@ExtendWith(PostgresRun.class)
@Order(Integer.MAX_VALUE) // starts an application of its own in this JVM: after everything else
class DatabaseOutageIT {

    /** The pool's connection-timeout (3 s) plus room for a busy machine. */
    private static final Duration FAILS_WITHIN = Duration.ofSeconds(6);
    private static final Duration RECOVERS_WITHIN = Duration.ofSeconds(20);

    private String database;
    private CuttableProxy proxy;

    @BeforeEach
    void databaseBehindAProxy() throws Exception {
        assumeTrue(PostgresRun.isPostgresRun(), "runs in the PostgreSQL run only");
        database = TestDatabase.createDatabase();
        URI server = URI.create(TestDatabase.urlOf(database).substring("jdbc:".length()));
        proxy = new CuttableProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
    }

    @AfterEach
    void dropDatabase() {
        if (proxy != null) {
            proxy.close();
        }
        if (database != null) {
            TestDatabase.dropDatabase(database);
        }
    }

    @Test
    void an_outage_fails_fast_shows_in_health_and_passes_without_a_restart() {
        try (ConfigurableApplicationContext app = start()) {
            HttpVisitor machine = new HttpVisitor(((WebServerApplicationContext) app).getWebServer().getPort());
            assertThat(machine.get("/manage/health").statusCode()).isEqualTo(200);
            assertThat(machine.get("/open-data/accountability.json").statusCode()).isEqualTo(200);
            // the production profile's session cookie is Secure even before a proxy says https
            assertThat(machine.get("/login", "text/html").headers().allValues("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));

            proxy.cut();

            HttpResponse<String> health = timed(() -> machine.get("/manage/health"));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");
            assertThat(timed(() -> machine.get("/manage/health/readiness")).statusCode()).isEqualTo(503);
            assertThat(machine.get("/manage/health/liveness").statusCode())
                    .as("liveness: restarting the node would not bring the database back").isEqualTo(200);
            HttpResponse<String> data = timed(() -> machine.get("/open-data/accountability.json"));
            assertThat(data.statusCode()).isEqualTo(503);
            assertThat(data.headers().firstValue("Retry-After")).isPresent();
            assertThat(data.body()).contains("try again");

            proxy.restore();

            Instant deadline = Instant.now().plus(RECOVERS_WITHIN);
            while (machine.get("/manage/health").statusCode() != 200 && Instant.now().isBefore(deadline)) {
                sleep();
            }
            assertThat(machine.get("/manage/health").statusCode()).as("health once the database is back")
                    .isEqualTo(200);
            assertThat(machine.get("/manage/health/readiness").statusCode()).isEqualTo(200);
            assertThat(machine.get("/open-data/accountability.json").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
        Instant start = Instant.now();
        HttpResponse<String> response = request.get();
        assertThat(Duration.between(start, Instant.now())).as("time to answer while the database is gone")
                .isLessThan(FAILS_WITHIN);
        return response;
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The production profile on the proxied database; command-line arguments outrank application-postgres.yaml. */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PowerPartnershipApplication.class)
                .profiles("postgres")
                .run("--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database,
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password(),
                        "--powerpartnership.initial-admin.email=ops@council.example",
                        "--powerpartnership.initial-admin.password=a-sturdy-passphrase-for-ops-2026",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--camunda.bpm.metrics.db-reporter-activate=false",
                        // Camunda keeps engines in a JVM-wide registry: a second "default" would, on closing,
                        // unregister the test suite's own engine from the webapps and REST API.
                        "--camunda.bpm.process-engine-name=outage-check");
    }
}
