package org.powerpartnership.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.PostgresRun;
import org.powerpartnership.support.TestDatabase;

/**
 * The database outage benchmark (issue 16's "done when"; figures in docs/benchmarks.md): one node on the postgres
 * profile whose database connections go through a TCP proxy in this JVM; a bounded loopback load of 4 clients at 4
 * requests a second each for two minutes ({@code -Dbench.seconds}), reading what hits the database (the open data
 * feeds, the engine's REST API as the admin, the health endpoint); from 45 s to 75 s the proxy cuts every
 * connection and refuses new ones. Prints per phase: requests, errors, p50/p95 latency, and the first request after
 * the outage. The node runs with the fail-fast settings as properties (Hikari's connection timeout 3 s, validation
 * 1 s), so the figures reflect them. Asserts nothing; read the figures.
 */
@ExtendWith(PostgresRun.class)
class DatabaseOutageBench {

    private static final String[] PATHS = {
        "/open-data/accountability.json", "/open-data/organisations.json", "/open-data/accountability.csv",
        "/engine-rest/process-definition/count", "/manage/health"};

    record Sample(long sentAt, String path, int status, long micros, String head) {
        /** A success with something in it: every path here answers a body (an empty 200 is a failure in disguise). */
        boolean ok() {
            return status >= 200 && status < 400 && !head.isEmpty();
        }
    }

    @Test
    void a_thirty_second_database_outage_in_two_minutes_of_load() throws Exception {
        assumeTrue(PostgresRun.isPostgresRun(), "PostgreSQL only: the outage is cut between a node and PostgreSQL");
        long seconds = Long.getLong("bench.seconds", 120);
        long outageFrom = seconds * 3 / 8;
        long outageTo = outageFrom + Long.getLong("bench.outage-seconds", 30);
        String database = TestDatabase.createDatabase();
        Path dir = Files.createTempDirectory("pp-outage-");
        URI server = URI.create(TestDatabase.urlOf(database).substring("jdbc:".length()));
        try (CuttableProxy proxy = new CuttableProxy(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort())) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + database;
            Map<String, String> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.hikari.connection-timeout", "3000");
            properties.put("spring.datasource.hikari.validation-timeout", "1000");
            properties.put("spring.datasource.hikari.maximum-pool-size", "10");
            properties.put("camunda.bpm.metrics.db-reporter-activate", "false");
            // the REST reads check the admin's password each time (HTTP Basic): bcrypt's lowest cost, as in tests
            properties.put("powerpartnership.bcrypt-strength", "4");
            properties.put("logging.level.root", "WARN");
            try (AppNode node = AppNode.start("outage", AppNode.freePort(), url, properties, dir)) {
                node.awaitReady(Duration.ofMinutes(5));
                String basic = "Basic " + Base64.getEncoder().encodeToString((TwoNodeCluster.ADMIN_EMAIL + ":"
                        + TwoNodeCluster.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
                ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
                AtomicBoolean running = new AtomicBoolean(true);
                ExecutorService clients = Executors.newFixedThreadPool(4);
                long begin = System.nanoTime();
                for (int c = 0; c < 4; c++) {
                    int offset = c;
                    clients.submit(() -> {
                        long next = System.nanoTime();
                        int n = offset;
                        while (running.get()) {
                            String path = PATHS[n++ % PATHS.length];
                            long sent = System.nanoTime();
                            int status;
                            String head = "";
                            try {
                                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(
                                                "http://127.0.0.1:" + node.port() + path))
                                        .header("Authorization", basic).timeout(Duration.ofSeconds(30)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                status = response.statusCode();
                                head = response.body().substring(0, Math.min(80, response.body().length()))
                                        .replaceAll("\\s+", " ");
                            } catch (IOException e) {
                                status = -1;
                            } catch (InterruptedException e) {
                                return;
                            }
                            samples.add(new Sample(sent - begin, path, status, (System.nanoTime() - sent) / 1000,
                                    head));
                            next += 250_000_000L;
                            long sleep = next - System.nanoTime();
                            if (sleep > 0) {
                                try {
                                    TimeUnit.NANOSECONDS.sleep(sleep);
                                } catch (InterruptedException e) {
                                    return;
                                }
                            }
                        }
                    });
                }
                sleepUntil(begin, outageFrom);
                proxy.cut();
                sleepUntil(begin, outageTo);
                long restoredAt = System.nanoTime() - begin;
                proxy.restore();
                sleepUntil(begin, seconds);
                running.set(false);
                clients.shutdown();
                clients.awaitTermination(60, TimeUnit.SECONDS);
                System.out.println(report(new ArrayList<>(samples), seconds, outageFrom, outageTo, restoredAt, node));
            }
        } finally {
            TestDatabase.dropDatabase(database);
        }
    }

    private static String report(List<Sample> samples, long seconds, long from, long to, long restoredAt,
                                 AppNode node) {
        long fromNanos = TimeUnit.SECONDS.toNanos(from);
        long toNanos = TimeUnit.SECONDS.toNanos(to);
        StringBuilder out = new StringBuilder(String.format(
                "Database outage benchmark: %d s of load, connections cut from %d s to %d s%n", seconds, from, to));
        out.append(String.format("  %-28s %9s %7s %10s %10s%n", "phase", "requests", "errors", "p50 ms", "p95 ms"));
        phase(out, "before the outage", samples.stream().filter(s -> s.sentAt < fromNanos).toList());
        phase(out, "during the outage", samples.stream().filter(s -> s.sentAt >= fromNanos && s.sentAt < toNanos)
                .toList());
        phase(out, "after the outage", samples.stream().filter(s -> s.sentAt >= toNanos).toList());
        List<Sample> after = samples.stream().filter(s -> s.sentAt >= restoredAt)
                .sorted(java.util.Comparator.comparingLong(Sample::sentAt)).toList();
        if (!after.isEmpty()) {
            Sample first = after.get(0);
            out.append(String.format("  first request after the outage: %s %s in %.0f ms%n", first.path,
                    first.status, first.micros / 1000.0));
            after.stream().filter(Sample::ok).findFirst().ifPresent(ok -> out.append(String.format(
                    "  first success after the outage: %.2f s after the database came back%n",
                    (ok.sentAt + ok.micros * 1000 - restoredAt) / 1e9)));
        }
        Map<String, Long> duringByStatus = new java.util.TreeMap<>();
        samples.stream().filter(s -> s.sentAt >= fromNanos && s.sentAt < toNanos)
                .forEach(s -> duringByStatus.merge(s.path + " " + s.status, 1L, Long::sum));
        out.append("  during the outage, by path and status (-1 = no answer): ").append(duringByStatus).append('\n');
        samples.stream().filter(s -> s.sentAt >= fromNanos && s.sentAt < toNanos)
                .sorted(java.util.Comparator.comparingLong(Sample::sentAt))
                .forEach(s -> out.append(String.format("    at %5.1f s %-40s %d in %5.0f ms: %s%n", s.sentAt / 1e9,
                        s.path, s.status, s.micros / 1000.0, s.head)));
        Map<String, Long> errorsOutside = new java.util.TreeMap<>();
        samples.stream().filter(s -> (s.sentAt < fromNanos || s.sentAt >= toNanos) && !s.ok())
                .forEach(s -> errorsOutside.merge(s.path + " " + s.status, 1L, Long::sum));
        out.append("  errors outside the outage: ").append(errorsOutside).append('\n');
        out.append("  node alive at the end: ").append(node.isAlive()).append('\n');
        return out.toString();
    }

    private static void phase(StringBuilder out, String name, List<Sample> samples) {
        long errors = samples.stream().filter(s -> !s.ok()).count();
        long[] micros = samples.stream().mapToLong(Sample::micros).sorted().toArray();
        out.append(String.format("  %-28s %9d %7d %10.1f %10.1f%n", name, samples.size(), errors,
                micros.length == 0 ? 0 : micros[micros.length / 2] / 1000.0,
                micros.length == 0 ? 0 : micros[Math.min(micros.length - 1, (int) (micros.length * 0.95))] / 1000.0));
    }

    private static void sleepUntil(long begin, long second) throws InterruptedException {
        long wait = TimeUnit.SECONDS.toNanos(second) - (System.nanoTime() - begin);
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** A loopback TCP proxy to PostgreSQL that can cut every connection and refuse new ones, then let them in. */
    static final class CuttableProxy implements AutoCloseable {

        private final String host;
        private final int targetPort;
        private final ServerSocket server;
        private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "outage-proxy");
            thread.setDaemon(true);
            return thread;
        });
        private final ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();
        private volatile boolean cut;

        CuttableProxy(String host, int targetPort) throws IOException {
            this.host = host;
            this.targetPort = targetPort;
            this.server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            threads.submit(this::accept);
        }

        int port() {
            return server.getLocalPort();
        }

        void cut() {
            cut = true;
            Socket socket;
            while ((socket = open.poll()) != null) {
                close(socket);
            }
        }

        void restore() {
            cut = false;
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (cut) {
                        close(client);
                        continue;
                    }
                    Socket upstream = new Socket(host, targetPort);
                    open.add(client);
                    open.add(upstream);
                    if (cut) {
                        // cut while this one was being connected: cut() may have drained the list before it was in
                        close(client);
                        close(upstream);
                        continue;
                    }
                    threads.submit(() -> pipe(client, upstream));
                    threads.submit(() -> pipe(upstream, client));
                } catch (IOException e) {
                    // the server socket closed, or PostgreSQL refused: the client sees its connection fail
                }
            }
        }

        private void pipe(Socket from, Socket to) {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut or closed
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }

        private static void close(Socket socket) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already closed
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
            cut();
            threads.shutdownNow();
        }
    }
}
