package org.powerpartnership.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;

/** Clients doing stage work at a bounded rate: start an instance, complete its task. */
final class ProbeLoad {

    final Map<String, String> confirmedStarts = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> unconfirmedStarts = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> confirmedCompletions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ProbeApi api;
    private final int clients;
    private final double perSecond;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService pool;
    private final List<Future<?>> workers = new ArrayList<>();

    record Sample(long at, String node, boolean ok, long micros) {
    }

    ProbeLoad(ProbeApi api, int clients, double perSecond) {
        this.api = api;
        this.clients = clients;
        this.perSecond = perSecond;
        this.pool = Executors.newFixedThreadPool(clients);
    }

    void start() {
        for (int c = 0; c < clients; c++) {
            int client = c;
            workers.add(pool.submit(() -> work(client)));
        }
    }

    private void work(int client) {
        long interval = (long) (1_000_000_000L / perSecond);
        long next = System.nanoTime();
        int n = 0;
        while (running.get()) {
            String key = "c" + client + "-" + (n++);
            String instance = call("POST", "/process-definition/key/" + TwoNodeKill.PROCESS + "/start",
                    "{\"businessKey\":\"" + key + "\"}", 200);
            if (instance == null) {
                unconfirmedStarts.add(key);
            } else {
                confirmedStarts.put(key, instance);
                String tasks = call("GET", "/task?processInstanceId=" + instance, null, 200);
                Matcher task = tasks == null ? null : TwoNodeKill.ID.matcher(tasks);
                if (task != null && task.find()) {
                    String taskId = task.group(1);
                    if (call("POST", "/task/" + taskId + "/complete", "{}", 204) != null) {
                        confirmedCompletions.add(taskId);
                    }
                }
            }
            next += interval;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(sleep);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The answer's body (or its id, for a start) when it succeeded; null otherwise. */
    private String call(String method, String path, String json, int expected) {
        long start = System.nanoTime();
        String node = "-";
        boolean ok = false;
        String result = null;
        try {
            HttpResponse<String> response = api.send(method, path, json);
            node = response.headers().firstValue("X-PP-Node").orElse("proxy");
            ok = response.statusCode() == expected;
            if (ok) {
                if (path.endsWith("/start")) {
                    Matcher id = TwoNodeKill.ID.matcher(response.body());
                    result = id.find() ? id.group(1) : null;
                    ok = result != null;
                } else {
                    result = response.body() == null ? "" : response.body();
                }
            }
        } catch (IOException e) {
            node = "io";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        samples.add(new Sample(System.nanoTime(), node, ok, (System.nanoTime() - start) / 1000));
        return result;
    }

    void stop() throws Exception {
        running.set(false);
        for (Future<?> worker : workers) {
            worker.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    Map<String, Object> figures(long killNanos) {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Sample> before = samples.stream().filter(s -> s.at < killNanos).toList();
        List<Sample> after = samples.stream().filter(s -> s.at >= killNanos).toList();
        figures.put("requests before the kill (ok / failed)", okFailed(before));
        figures.put("requests after the kill (ok / failed)", okFailed(after));
        figures.put("failed requests by node that answered (io = no answer)", failuresByNode(samples));
        figures.put("requests answered by node", byNode(samples));
        figures.put("latency p50 / p95 before the kill (ms)", percentiles(before));
        figures.put("latency p50 / p95 after the kill (ms)", percentiles(after));
        return figures;
    }

    private static String okFailed(List<Sample> samples) {
        long ok = samples.stream().filter(Sample::ok).count();
        return ok + " / " + (samples.size() - ok);
    }

    private static Map<String, Long> failuresByNode(java.util.Collection<Sample> samples) {
        Map<String, Long> failures = new java.util.TreeMap<>();
        samples.stream().filter(s -> !s.ok).forEach(s -> failures.merge(s.node, 1L, Long::sum));
        return failures;
    }

    private static Map<String, Long> byNode(java.util.Collection<Sample> samples) {
        Map<String, Long> nodes = new java.util.TreeMap<>();
        samples.forEach(s -> nodes.merge(s.node, 1L, Long::sum));
        return nodes;
    }

    static String percentiles(List<Sample> samples) {
        if (samples.isEmpty()) {
            return "-";
        }
        long[] micros = samples.stream().mapToLong(Sample::micros).sorted().toArray();
        return String.format("%.1f / %.1f", micros[micros.length / 2] / 1000.0,
                micros[Math.min(micros.length - 1, (int) (micros.length * 0.95))] / 1000.0);
    }
}
