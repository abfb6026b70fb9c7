package org.powerpartnership.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of an integration test run. On the PostgreSQL run ({@code -Dpp.test.database=postgres},
 * see the failsafe executions in pom.xml) every Spring context gets a database of its own on the server named by
 * {@code POSTGRES_URL}, dropped when the JVM ends, so a local run and CI never share state. An unreachable server
 * fails the run; a missing {@code POSTGRES_URL} skips it (see {@link PostgresRun}).
 */
public class TestDatabase implements EnvironmentPostProcessor {

    static final String PREFIX = "pp_test_";
    private static final Duration STALE = Duration.ofHours(6);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!PostgresRun.isPostgresRun() || !environment.acceptsProfiles(p -> p.test("test"))) {
            return;
        }
        String name = createDatabase();
        // Dropped when the context closes, after its connection pool: a JVM shutdown hook would race the context's
        // own shutdown, kill its connections mid-close and leave it waiting 30 s for a database that is gone.
        // Registered before any bean, it is destroyed after all of them. (A killed run leaves it to dropStale.)
        application.addInitializers(context -> {
            if (context.getBeanFactory() instanceof DefaultListableBeanFactory beans) {
                beans.registerDisposableBean("ppTestDatabaseDrop", () -> dropDatabase(name));
            }
        });
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", urlOf(name));
        properties.put("spring.datasource.username", user());
        properties.put("spring.datasource.password", password());
        environment.getPropertySources().addFirst(new MapPropertySource("pp-test-postgres", properties));
    }

    /** Creates an empty database of this run's own on the PostgreSQL server; returns its name. */
    public static String createDatabase() {
        String serverUrl = serverUrl();
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(serverUrl, user(), password());
             Statement sql = admin.createStatement()) {
            dropStale(admin);
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + serverUrl + " is not reachable: " + e.getMessage(), e);
        }
        return name;
    }

    /** The JDBC URL of a database on the same server. */
    public static String urlOf(String database) {
        return replaceDatabase(serverUrl(), database);
    }

    public static String user() {
        return System.getenv().getOrDefault("POSTGRES_USER", "postgres");
    }

    public static String password() {
        return System.getenv().getOrDefault("POSTGRES_PASSWORD", "");
    }

    private static String serverUrl() {
        return PostgresRun.serverUrl()
                .orElseThrow(() -> new IllegalStateException("POSTGRES_URL is not set for the PostgreSQL run"));
    }

    /** The same server and options, another database. */
    static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String options = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + options;
    }

    /** Databases left behind by runs that were killed, hours ago. */
    private static void dropStale(Connection admin) throws SQLException {
        List<String> stale = new ArrayList<>();
        long cutoff = Instant.now().minus(STALE).getEpochSecond();
        try (Statement sql = admin.createStatement();
             ResultSet rs = sql.executeQuery("select datname from pg_database where datname like 'pp\\_test\\_%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length >= 3 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < cutoff) {
                    stale.add(rs.getString(1));
                }
            }
        }
        for (String name : stale) {
            try (Statement sql = admin.createStatement()) {
                sql.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    public static void dropDatabase(String name) {
        try (Connection admin = DriverManager.getConnection(serverUrl(), user(), password());
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
