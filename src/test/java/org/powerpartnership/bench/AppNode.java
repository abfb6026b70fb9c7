package org.powerpartnership.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One application node in a process of its own, as a deployment runs it: the production jar when {@code pp.jar}
 * names one (docker/two-nodes.sh builds it), otherwise this JVM's class path (the test run's: classes, test classes
 * and dependencies, started from the project folder as the integration tests are). Its log goes to a file.
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node on the postgres profile; {@code properties} are passed as Spring's --name=value arguments. */
    public static AppNode start(String name, int port, String jdbcUrl, Map<String, String> properties, Path dir)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        // Vaadin's development mode (the test class path) finds its bundle in the project folder; the node itself
        // runs elsewhere: started in the project folder, classpath*: would also find the top-level bpmn/ and forms/
        // beside target/classes' copies (the same process twice in one deployment)
        command.add("-Dvaadin.project.basedir=" + System.getProperty("user.dir"));
        String jar = System.getProperty("pp.jar", "");
        if (!jar.isBlank()) {
            command.add("-jar");
            command.add(jar);
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("org.powerpartnership.PowerPartnershipApplication");
        }
        command.add("--server.port=" + port);
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = dir.resolve("node-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("POSTGRES_URL", jdbcUrl);
        env.put("MAIL_DELIVERY", "log");
        // plain HTTP on loopback (no TLS proxy here): the session cookie must travel without https
        env.put("SESSION_COOKIE_SECURE", "false");
        env.put("ADMIN_EMAIL", TwoNodeCluster.ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", TwoNodeCluster.ADMIN_PASSWORD);
        return new AppNode(name, port, builder.start(), log);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until the node answers its readiness probe (loopback callers may read it). */
    public Duration awaitReady(Duration timeout) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " died while starting; its log: " + log + "\n"
                        + tail(60));
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/manage/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("node " + name + " not ready after " + timeout + "; its log: " + log + "\n"
                + tail(60));
    }

    /** kill -9: no shutdown hook, no connection closed cleanly, locks held in the database stay until they expire. */
    public void kill9() throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
        process.waitFor();
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
                        java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
