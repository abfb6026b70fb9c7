package org.powerpartnership.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.powerpartnership.support.TestDatabase;

/**
 * Two application nodes on one fresh PostgreSQL database behind HAProxy (Debian's package), as docker/compose.yaml
 * and docker/haproxy.cfg deploy them, without Docker: cookie-based sticky sessions, an HTTP readiness check, and
 * {@code option redispatch} so that people whose node is down are sent to the other one. Both nodes start at the
 * same moment on the empty database (the startup lock makes that safe). Everything runs on loopback.
 */
public final class TwoNodeCluster implements AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@twonodes.example.org";
    public static final String ADMIN_PASSWORD = "kettle-on-the-hob-2026";

    private final String database;
    private final Path dir;
    private final int proxyPort;
    private final Process haproxy;
    private final AppNode a;
    private final AppNode b;
    private final Duration startup;

    private TwoNodeCluster(String database, Path dir, int proxyPort, Process haproxy, AppNode a, AppNode b,
                           Duration startup) {
        this.database = database;
        this.dir = dir;
        this.proxyPort = proxyPort;
        this.haproxy = haproxy;
        this.a = a;
        this.b = b;
        this.startup = startup;
    }

    public static boolean haproxyInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "haproxy"))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin/haproxy"));
    }

    private static String haproxyCommand() {
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    /**
     * Starts it all; {@code jobLockTime} is how long a job stays locked by the node that took it (a killed node's
     * jobs are taken over by the other once it runs out).
     */
    public static TwoNodeCluster start(Duration jobLockTime, Map<String, String> extra) throws Exception {
        String database = TestDatabase.createDatabase();
        Path dir = Files.createTempDirectory("pp-two-nodes-");
        int proxyPort = AppNode.freePort();
        int portA = AppNode.freePort();
        int portB = AppNode.freePort();
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig(proxyPort, portA, portB));
        Process haproxy = new ProcessBuilder(haproxyCommand(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        AppNode a = null;
        AppNode b = null;
        try {
            String url = TestDatabase.urlOf(database);
            long start = System.nanoTime();
            a = AppNode.start("a", portA, url, nodeProperties("a", jobLockTime, extra), dir);
            b = AppNode.start("b", portB, url, nodeProperties("b", jobLockTime, extra), dir);
            AppNode nodeA = a;
            AppNode nodeB = b;
            // both at once, on the empty database
            CompletableFuture<Duration> readyA = CompletableFuture.supplyAsync(() -> ready(nodeA));
            CompletableFuture<Duration> readyB = CompletableFuture.supplyAsync(() -> ready(nodeB));
            readyA.get(6, TimeUnit.MINUTES);
            readyB.get(6, TimeUnit.MINUTES);
            Duration startup = Duration.ofNanos(System.nanoTime() - start);
            TwoNodeCluster cluster = new TwoNodeCluster(database, dir, proxyPort, haproxy, a, b, startup);
            cluster.awaitProxySeesBoth();
            return cluster;
        } catch (Exception | Error e) {
            if (a != null) {
                a.close();
            }
            if (b != null) {
                b.close();
            }
            haproxy.destroy();
            TestDatabase.dropDatabase(database);
            throw e;
        }
    }

    private static Duration ready(AppNode node) {
        try {
            return node.awaitReady(Duration.ofMinutes(6));
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static Map<String, String> nodeProperties(String name, Duration jobLockTime, Map<String, String> extra) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.hikari.maximum-pool-size", "10");
        properties.put("powerpartnership.base-url", "http://127.0.0.1");
        // the job log records which node ran each job
        properties.put("camunda.bpm.generic-properties.properties.hostname", "node-" + name);
        properties.put("camunda.bpm.job-execution.lock-time-in-millis", Long.toString(jobLockTime.toMillis()));
        properties.put("camunda.bpm.job-execution.wait-time-in-millis", "1000");
        properties.put("camunda.bpm.job-execution.max-wait", "2000");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.powerpartnership", "INFO");
        properties.putAll(extra);
        return properties;
    }

    static String haproxyConfig(int proxyPort, int portA, int portB) {
        return """
                # Generated by TwoNodeCluster: docker/haproxy.cfg's sticky sessions, on loopback ports.
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # a refused connection (a dead node) is tried again, on the other node: only connection failures,
                    # never a request that reached a node (that could be written twice)
                    retries 2
                    option redispatch
                frontend web
                    bind 127.0.0.1:%d
                    default_backend app
                backend app
                    balance roundrobin
                    cookie PPNODE insert indirect nocache httponly
                    option httpchk GET /manage/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 2
                    http-response set-header X-PP-Node %%s
                    server a 127.0.0.1:%d check cookie a
                    server b 127.0.0.1:%d check cookie b
                """.formatted(proxyPort, portA, portB);
    }

    private void awaitProxySeesBoth() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (System.nanoTime() < deadline && seen.size() < 2) {
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url("/manage/health")))
                        .build(), HttpResponse.BodyHandlers.discarding());
                response.headers().firstValue("X-PP-Node").ifPresent(seen::add);
            } catch (IOException e) {
                // not yet
            }
            Thread.sleep(200);
        }
        if (seen.size() < 2) {
            throw new IllegalStateException("HAProxy does not send to both nodes: " + seen);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + proxyPort + path;
    }

    public int proxyPort() {
        return proxyPort;
    }

    public String database() {
        return database;
    }

    public String jdbcUrl() {
        return TestDatabase.urlOf(database);
    }

    public AppNode a() {
        return a;
    }

    public AppNode b() {
        return b;
    }

    public Duration startup() {
        return startup;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>(List.of(a, b));
        for (AutoCloseable node : all) {
            try {
                node.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
        haproxy.destroy();
        if (!Boolean.getBoolean("pp.keep")) {
            TestDatabase.dropDatabase(database);
        }
    }
}
