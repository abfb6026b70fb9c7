package org.powerpartnership.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.powerpartnership.support.DatabaseIndependent;
import org.yaml.snakeyaml.Yaml;

/**
 * On the embedded default a commit that has returned survives the process being killed (kill -9, an OOM kill, a
 * container stopped hard): "Your vote is recorded" must stay true. A child JVM opens an H2 file database with exactly
 * the options of application.yaml, commits, says so, and is killed at once; the parent then opens the file and finds
 * every committed row. Without WRITE_DELAY=0, H2 writes commits in the background up to 500 ms later and they are lost.
 */
@ExtendWith(DatabaseIndependent.class)
class EmbeddedDurabilityIT {

    private static final String COMMITTED = "committed ";
    private static final int KILLS = 5;

    @TempDir
    Path folder;

    @Test
    void a_commit_that_returned_survives_the_process_being_killed() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("durability").toAbsolutePath() + embeddedUrlOptions();
        // the table is made and closed cleanly here, so only the children's commits are at stake
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement sql = connection.createStatement()) {
            sql.execute("create table vote(id int primary key)");
        }
        for (int kill = 1; kill <= KILLS; kill++) {
            int reported = commitThenGetKilled(url, kill);
            assertThat(reported).as("the child's commit number").isEqualTo(kill);
            try (Connection connection = DriverManager.getConnection(url, "sa", "");
                 Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("select count(*) from vote")) {
                rows.next();
                assertThat(rows.getInt(1)).as("rows after kill %d (each child committed one before it was killed)",
                        kill).isEqualTo(kill);
            }
        }
    }

    /** The options after the database path of spring.datasource.url in application.yaml, from ';' on. */
    static String embeddedUrlOptions() throws IOException {
        try (InputStream yaml = Files.newInputStream(Paths.get("src/main/resources/application.yaml"))) {
            Map<String, Object> root = new Yaml().load(yaml);
            String url = (String) child(child(root, "spring"), "datasource").get("url");
            assertThat(url).startsWith("jdbc:h2:file:");
            return url.substring(url.indexOf(';'));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> map, String key) {
        return (Map<String, Object>) map.get(key);
    }

    /** Runs {@link Voter} in a JVM of its own; kills it (SIGKILL) as soon as it reports its commit. */
    private static int commitThenGetKilled(String url, int number) throws IOException, InterruptedException {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        // Under failsafe the class path is a manifest-only jar whose Class-Path lists everything: as good for a child.
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Voter.class.getName(), url, Integer.toString(number))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(COMMITTED)) {
                    child.destroyForcibly();
                    assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child is gone").isTrue();
                    return Integer.parseInt(line.substring(COMMITTED.length()).trim());
                }
            }
        } finally {
            child.destroyForcibly();
        }
        throw new AssertionError("the child ended without committing (exit " + child.waitFor() + ")");
    }

    /** The child: one committed row, reported, then it waits to be killed. */
    public static final class Voter {

        public static void main(String[] args) throws SQLException, InterruptedException {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
                 Statement sql = connection.createStatement()) {
                sql.executeUpdate("insert into vote(id) values (" + Integer.parseInt(args[1]) + ")");
                // auto-commit: the insert has committed when executeUpdate returns
                System.out.println(COMMITTED + args[1]);
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
