package org.powerpartnership.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.powerpartnership.support.TestDatabase;

/**
 * Kills one of two nodes with kill -9 in the middle of a bounded loopback load through HAProxy, and proves at the
 * data level what people would see:
 * <ul>
 * <li>stage work: clients start a small deployed probe process and complete its task through the engine's REST API
 * (admin, HTTP Basic; the app's own stage screens are Vaadin views, driven elsewhere by the browser journeys). A
 * write counts as <em>confirmed</em> when its client got a success answer; each confirmed write must be in the
 * database exactly once, and no write (confirmed or not) may be there twice;</li>
 * <li>jobs: each completed task leaves a timer due a few seconds later; timers locked by the killed node are run by
 * the survivor once their lock runs out (the lock time is shortened for the run) and none is run twice;</li>
 * <li>sessions: a person signed in on the survivor carries on; a person signed in on the killed node is sent to the
 * survivor by HAProxy, asked to sign in again, and is in.</li>
 * </ul>
 * Prints the figures; {@link Result#violations()} lists anything that broke a promise above.
 */
public final class TwoNodeKill {

    static final String PROCESS = "pp-two-node-probe";
    static final Duration TIMER = Duration.ofSeconds(3);
    static final Duration JOB_LOCK = Duration.ofSeconds(15);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final Duration load;
    private final int clients;
    private final double perClientPerSecond;

    public TwoNodeKill(Duration load, int clients, double perClientPerSecond) {
        this.load = load;
        this.clients = clients;
        this.perClientPerSecond = perClientPerSecond;
    }

    public record Result(Map<String, Object> figures, List<String> violations) {

        public String report() {
            StringBuilder out = new StringBuilder("Two nodes, one killed with kill -9 mid-load\n");
            figures.forEach((key, value) -> out.append(String.format("  %-58s %s%n", key, value)));
            out.append(violations.isEmpty() ? "  no violations\n" : "  VIOLATIONS:\n");
            violations.forEach(v -> out.append("    ").append(v).append('\n'));
            return out.toString();
        }
    }

    public Result run() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        try (TwoNodeCluster cluster = TwoNodeCluster.start(JOB_LOCK, Map.of(
                // one job thread and a queue: a node holds the locks of the jobs it has taken but not yet run
                "camunda.bpm.job-execution.core-pool-size", "1", "camunda.bpm.job-execution.max-pool-size", "1",
                "camunda.bpm.job-execution.queue-capacity", "10",
                "camunda.bpm.job-execution.max-jobs-per-acquisition", "10",
                "camunda.bpm.job-execution.wait-time-in-millis", "2000",
                "camunda.bpm.job-execution.max-wait", "3000",
                // every REST call checks the admin's password (HTTP Basic): bcrypt's lowest cost keeps the load on
                // the work itself, as in the tests (the product uses 12)
                "powerpartnership.bcrypt-strength", "4"))) {
            figures.put("both nodes started together on an empty database (s)", seconds(cluster.startup()));
            try (Connection db = DriverManager.getConnection(cluster.jdbcUrl(), TestDatabase.user(),
                    TestDatabase.password())) {
                long admins = count(db, "select count(*) from act_id_membership where group_id_ = 'admin'");
                figures.put("initial admin accounts", admins);
                if (admins != 1) {
                    violations.add("two nodes starting together opened " + admins + " admin accounts");
                }
                Api api = new Api(cluster);
                api.deployProbe();

                Person onA = Person.signedInOn("a", cluster);
                DraftWriter drafter = DraftWriter.onNodeA(cluster, api);
                Person onB = Person.signedInOn("b", cluster);

                Load traffic = new Load(api, clients, perClientPerSecond);
                long begin = System.nanoTime();
                traffic.start();
                Thread.sleep(load.toMillis() / 4);
                // in the middle of stage work: from half-way, wait for a moment when node a holds job locks
                List<String> lockedByA = awaitJobsLockedBy(db, "node-a", begin + load.toNanos() / 2,
                        Duration.ofSeconds(20));
                Set<String> lockedAtKill = lockedJobs(db);
                cluster.a().kill9();
                // a is gone now (kill9 waits for it): a job a committed in the moment before is logged before this
                long killedAt = System.currentTimeMillis();
                long killNanos = System.nanoTime();
                figures.put("node a killed after (s)", seconds(Duration.ofNanos(killNanos - begin)));
                figures.put("jobs locked by node a at the kill",
                        lockedByA.size());

                // people: the survivor's person carries on, the killed node's person signs in again
                SessionOutcome survivor = onB.carriesOn(Duration.ofSeconds(10));
                SessionOutcome moved = onA.afterKill(Duration.ofSeconds(30));
                figures.put("person on b: requests after the kill / failed", survivor.requests + " / "
                        + survivor.failures);
                figures.put("person on a: first answer after the kill", moved.firstAnswer);
                figures.put("person on a: signed in again, now on node", moved.nodeAfter);
                if (survivor.failures > 0) {
                    violations.add("the person on the surviving node saw " + survivor.failures + " failures");
                }
                if (!"b".equals(moved.nodeAfter) || !moved.signedInAgain) {
                    violations.add("the person on the killed node could not carry on on b: " + moved);
                }
                if (drafter != null) {
                    String found = drafter.afterKill();
                    figures.put("officer on a: signed in again on node / finds the saved draft", found);
                    if (!found.equals("b / yes")) {
                        violations.add("the officer whose session was on a did not find the draft on b: " + found);
                    }
                }

                long remaining = load.toNanos() - (System.nanoTime() - begin);
                if (remaining > 0) {
                    Thread.sleep(TimeUnit.NANOSECONDS.toMillis(remaining));
                }
                traffic.stop();
                figures.putAll(traffic.figures(killNanos));

                // confirmed writes present exactly once, nothing twice
                checkWrites(db, traffic, figures, violations);
                // timers: all run, on b after the kill, none twice; takeover time of those a held
                checkJobs(db, lockedAtKill, lockedByA, killedAt, figures, violations);
            }
        }
        return new Result(figures, violations);
    }

    private void checkWrites(Connection db, Load traffic, Map<String, Object> figures, List<String> violations)
            throws SQLException {
        Map<String, Long> instancesByKey = new HashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                "select business_key_, count(*) from act_hi_procinst where proc_def_key_ = '" + PROCESS
                        + "' group by business_key_")) {
            while (rs.next()) {
                instancesByKey.put(rs.getString(1), rs.getLong(2));
            }
        }
        long confirmedStarts = traffic.confirmedStarts.size();
        long startsFound = traffic.confirmedStarts.keySet().stream()
                .filter(key -> instancesByKey.getOrDefault(key, 0L) == 1).count();
        long duplicates = instancesByKey.values().stream().filter(n -> n > 1).count();
        long unconfirmedThere = traffic.unconfirmedStarts.stream().filter(instancesByKey::containsKey).count();
        figures.put("confirmed starts / found exactly once", confirmedStarts + " / " + startsFound);
        figures.put("unconfirmed starts (error answer) / in the database anyway",
                traffic.unconfirmedStarts.size() + " / " + unconfirmedThere);
        figures.put("business keys started twice", duplicates);
        if (startsFound != confirmedStarts) {
            violations.add((confirmedStarts - startsFound) + " confirmed starts are not in the database once");
        }
        if (duplicates > 0) {
            violations.add(duplicates + " business keys have two process instances");
        }

        Set<String> completedTasks = new java.util.HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                "select id_ from act_hi_taskinst where proc_def_key_ = '" + PROCESS + "' and end_time_ is not null"
                        + " and delete_reason_ = 'completed'")) {
            while (rs.next()) {
                completedTasks.add(rs.getString(1));
            }
        }
        long confirmedCompletions = traffic.confirmedCompletions.size();
        long completionsFound = traffic.confirmedCompletions.stream().filter(completedTasks::contains).count();
        long tasksPerInstanceOverOne = count(db, "select count(*) from (select proc_inst_id_ from act_hi_taskinst"
                + " where proc_def_key_ = '" + PROCESS + "' group by proc_inst_id_ having count(*) > 1) t");
        figures.put("confirmed task completions / found completed", confirmedCompletions + " / " + completionsFound);
        figures.put("process instances with a task created twice", tasksPerInstanceOverOne);
        if (completionsFound != confirmedCompletions) {
            violations.add((confirmedCompletions - completionsFound) + " confirmed completions are not completed");
        }
        if (tasksPerInstanceOverOne > 0) {
            violations.add(tasksPerInstanceOverOne + " instances have their task twice");
        }
    }

    private void checkJobs(Connection db, Set<String> lockedAtKill, List<String> lockedByA, long killedAt,
                           Map<String, Object> figures, List<String> violations) throws Exception {
        // every timer of a completed task runs: wait for the job table to empty (lock time plus slack)
        long deadline = System.nanoTime() + JOB_LOCK.plusSeconds(45).toNanos();
        long left;
        while ((left = count(db, "select count(*) from act_ru_job where process_def_key_ = '"
                + PROCESS + "'")) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        figures.put("probe jobs left in the job table at the end", left);
        if (left > 0) {
            violations.add(left + " due jobs never ran");
        }
        long twice = count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                + " and process_def_key_ = '" + PROCESS + "' group by job_id_ having count(*) > 1) t");
        figures.put("jobs that succeeded twice", twice);
        if (twice > 0) {
            violations.add(twice + " jobs ran to success twice");
        }
        Map<String, Long> byNode = new LinkedHashMap<>();
        try (PreparedStatement sql = db.prepareStatement("select hostname_, count(*) from act_hi_job_log"
                + " where job_state_ = 2 and process_def_key_ = ? and timestamp_ > ? group by hostname_")) {
            sql.setString(1, PROCESS);
            sql.setTimestamp(2, new java.sql.Timestamp(killedAt));
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    byNode.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        figures.put("jobs run after the kill, by node", byNode);
        if (byNode.keySet().stream().anyMatch(node -> !"node-b".equals(node))) {
            violations.add("jobs ran after the kill on a node other than b: " + byNode);
        }
        // takeover: when the jobs node a had locked ran, on b
        long latest = 0;
        int takenOver = 0;
        int ranOnABeforeKill = 0;
        for (String job : lockedByA) {
            try (PreparedStatement sql = db.prepareStatement("select timestamp_, hostname_ from act_hi_job_log"
                    + " where job_id_ = ? and job_state_ = 2")) {
                sql.setString(1, job);
                try (ResultSet rs = sql.executeQuery()) {
                    while (rs.next()) {
                        long at = rs.getTimestamp(1).getTime();
                        if ("node-b".equals(rs.getString(2))) {
                            takenOver++;
                            latest = Math.max(latest, at);
                        } else if (at <= killedAt + 1000) {
                            ranOnABeforeKill++; // a finished it in the moment between the look and the kill
                        } else {
                            violations.add("job " + job + " held by a ran on " + rs.getString(2));
                        }
                    }
                }
            }
        }
        figures.put("jobs held by a that a finished just before the kill", ranOnABeforeKill);
        figures.put("jobs held by a at the kill, run by b afterwards", takenOver + " of " + lockedByA.size());
        figures.put("takeover: kill to the last of a's jobs run on b (s)",
                takenOver == 0 ? "-" : String.format("%.1f (lock time %d s)", (latest - killedAt) / 1000.0,
                        JOB_LOCK.toSeconds()));
        if (takenOver + ranOnABeforeKill != lockedByA.size()) {
            violations.add((lockedByA.size() - takenOver - ranOnABeforeKill) + " jobs held by a never ran");
        }
        figures.put("jobs locked (either node) at the kill", lockedAtKill.size());
    }

    /**
     * Waits for a moment when node a holds job locks, and returns those jobs. Lock owners are random ids, so an
     * owner is told to be a's by the job log: a job seen locked by that owner later ran with hostname 'node-a'.
     */
    private static List<String> awaitJobsLockedBy(Connection db, String host, long notBefore, Duration timeout)
            throws Exception {
        long deadline = notBefore + timeout.toNanos();
        Map<String, String> ownerOfJob = new HashMap<>();
        Set<String> ownersOfHost = new java.util.HashSet<>();
        while (System.nanoTime() < deadline) {
            Map<String, String> locked = new HashMap<>();
            try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                    "select id_, lock_owner_ from act_ru_job where lock_owner_ is not null"
                            + " and lock_exp_time_ > now()")) {
                while (rs.next()) {
                    locked.put(rs.getString(1), rs.getString(2));
                }
            }
            ownerOfJob.putAll(locked);
            List<String> jobs = locked.entrySet().stream().filter(e -> ownersOfHost.contains(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (!jobs.isEmpty() && System.nanoTime() >= notBefore) {
                return jobs;
            }
            if (!ownerOfJob.isEmpty()) {
                try (PreparedStatement sql = db.prepareStatement("select distinct job_id_ from act_hi_job_log"
                        + " where hostname_ = ? and job_state_ = 2 and job_id_ = any (?)")) {
                    sql.setString(1, host);
                    sql.setArray(2, db.createArrayOf("varchar", ownerOfJob.keySet().toArray()));
                    try (ResultSet rs = sql.executeQuery()) {
                        while (rs.next()) {
                            ownersOfHost.add(ownerOfJob.get(rs.getString(1)));
                        }
                    }
                }
            }
            Thread.sleep(20);
        }
        return List.of();
    }

    private static Set<String> lockedJobs(Connection db) throws SQLException {
        Set<String> jobs = new java.util.HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                "select id_ from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()")) {
            while (rs.next()) {
                jobs.add(rs.getString(1));
            }
        }
        return jobs;
    }

    static long count(Connection db, String query) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }

    /** The engine's REST API through the proxy, as the admin. */
    static final class Api {

        private final TwoNodeCluster cluster;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        private final String basic = "Basic " + Base64.getEncoder().encodeToString(
                (TwoNodeCluster.ADMIN_EMAIL + ":" + TwoNodeCluster.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

        Api(TwoNodeCluster cluster) {
            this.cluster = cluster;
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cluster.url("/engine-rest" + path)))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", basic)
                    .header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json));
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The admin also works as an officer (the launch screen is theirs), through Camunda's identity API. */
        void makeAdminAnOfficer() throws IOException, InterruptedException {
            HttpResponse<String> users = send("GET", "/user?email="
                    + URLEncoder.encode(TwoNodeCluster.ADMIN_EMAIL, StandardCharsets.UTF_8), null);
            Matcher id = ID.matcher(users.body());
            if (!id.find()) {
                throw new IllegalStateException("no admin user: " + users.body());
            }
            if (send("GET", "/group/officer", null).statusCode() == 404) {
                send("POST", "/group/create", "{\"id\":\"officer\",\"name\":\"Officers\",\"type\":\"WORKFLOW\"}");
            }
            HttpResponse<String> member = send("PUT", "/group/officer/members/" + id.group(1), null);
            if (member.statusCode() != 204) {
                throw new IllegalStateException("cannot make the admin an officer: " + member.statusCode() + " "
                        + member.body());
            }
        }

        void deployProbe() throws IOException, InterruptedException {
            String boundary = "pp" + System.nanoTime();
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                    + PROCESS + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe\";"
                    + " filename=\"" + PROCESS + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    + probeBpmn() + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(cluster.url("/engine-rest/deployment/create")))
                    .header("Authorization", basic)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Cannot deploy the probe: " + response.statusCode() + " "
                        + response.body());
            }
        }

        static String probeBpmn() {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                        id="probe-definitions" targetNamespace="https://powerpartnership.example.org/probe">
                      <bpmn:process id="%s" name="Two-node probe" isExecutable="true"
                          camunda:historyTimeToLive="P1D">
                        <bpmn:startEvent id="start"/>
                        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work"/>
                        <bpmn:userTask id="work" name="Stage work" camunda:candidateGroups="admin"/>
                        <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="due"/>
                        <bpmn:intermediateCatchEvent id="due">
                          <bpmn:timerEventDefinition>
                            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT%dS</bpmn:timeDuration>
                          </bpmn:timerEventDefinition>
                        </bpmn:intermediateCatchEvent>
                        <bpmn:sequenceFlow id="f3" sourceRef="due" targetRef="end"/>
                        <bpmn:endEvent id="end"/>
                      </bpmn:process>
                    </bpmn:definitions>
                    """.formatted(PROCESS, TIMER.toSeconds());
        }
    }

    /** Clients doing stage work at a bounded rate: start an instance, complete its task. */
    static final class Load {

        final Map<String, String> confirmedStarts = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unconfirmedStarts = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> confirmedCompletions = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        private final Api api;
        private final int clients;
        private final double perSecond;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final ExecutorService pool;
        private final List<Future<?>> workers = new ArrayList<>();

        record Sample(long at, String node, boolean ok, long micros) {
        }

        Load(Api api, int clients, double perSecond) {
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
                String instance = call("POST", "/process-definition/key/" + PROCESS + "/start",
                        "{\"businessKey\":\"" + key + "\"}", 200);
                if (instance == null) {
                    unconfirmedStarts.add(key);
                } else {
                    confirmedStarts.put(key, instance);
                    String tasks = call("GET", "/task?processInstanceId=" + instance, null, 200);
                    Matcher task = tasks == null ? null : ID.matcher(tasks);
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
                        Matcher id = ID.matcher(response.body());
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

    /**
     * An officer in a browser (Chromium, headless) whose session is on node a: saves a launch draft (the
     * "Save draft" button of the launch screen, stored in the database) before the kill; after it, signs in again
     * through the proxy, lands on b and finds the draft in "Your saved drafts". Null where Chromium is missing.
     */
    static final class DraftWriter {

        private final org.powerpartnership.support.Browser browser;
        private final String title;

        private DraftWriter(org.powerpartnership.support.Browser browser, String title) {
            this.browser = browser;
            this.title = title;
        }

        static DraftWriter onNodeA(TwoNodeCluster cluster, Api api) throws Exception {
            if (!new java.io.File(org.powerpartnership.support.Browser.CHROMEDRIVER).canExecute()) {
                return null;
            }
            api.makeAdminAnOfficer();
            var browser = org.powerpartnership.support.Browser.open(cluster.proxyPort());
            browser.go("/login");
            // the proxy's stickiness cookie, set as it would have been for someone it sent to a
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("PPNODE", "a"));
            browser.signIn(TwoNodeCluster.ADMIN_EMAIL, TwoNodeCluster.ADMIN_PASSWORD);
            String title = "Riverside lighting draft " + System.nanoTime();
            browser.go("/launch");
            browser.type("#launch-title", title);
            // leave the field, as a person does: its value goes to the server on change
            browser.find("#launch-title input").sendKeys(org.openqa.selenium.Keys.TAB);
            browser.settle();
            // a script's click: at the foot of the page the button may sit under the page's sticky actions bar
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("arguments[0].click()", browser.find("#launch-save-draft"));
            browser.settle();
            browser.textContaining("#launch-status", "saved");
            String node = browser.driver().manage().getCookieNamed("PPNODE").getValue();
            if (!"a".equals(node)) {
                browser.close();
                throw new IllegalStateException("the officer's session is on " + node + ", not a");
            }
            return new DraftWriter(browser, title);
        }

        String afterKill() {
            try {
                browser.go("/launch");
                if (browser.path().equals("/login")) {
                    browser.signIn(TwoNodeCluster.ADMIN_EMAIL, TwoNodeCluster.ADMIN_PASSWORD);
                    browser.go("/launch");
                }
                String node = browser.driver().manage().getCookieNamed("PPNODE").getValue();
                String drafts = browser.textContaining("#launch-drafts", title);
                return node + " / " + (drafts.contains(title) ? "yes" : "no");
            } catch (RuntimeException | AssertionError e) {
                return "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            } finally {
                browser.close();
            }
        }
    }

    record SessionOutcome(int requests, int failures, String firstAnswer, String nodeAfter, boolean signedInAgain) {
    }

    /** Someone signed in through the proxy with a browser's cookie jar (sign-in form, then a signed-in page). */
    static final class Person {

        private static final String PAGE = "/camunda/app/welcome/default/";
        private final TwoNodeCluster cluster;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;

        private Person(TwoNodeCluster cluster) {
            this.cluster = cluster;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(3)).build();
        }

        /** Signs people in until one is on the node wanted (the proxy hands new visitors out in turn). */
        static Person signedInOn(String node, TwoNodeCluster cluster) throws Exception {
            for (int attempt = 0; attempt < 6; attempt++) {
                Person person = new Person(cluster);
                person.signIn();
                if (node.equals(person.node())) {
                    if (person.page() != 200) {
                        throw new IllegalStateException("signed in on " + node + " but the page is refused");
                    }
                    return person;
                }
            }
            throw new IllegalStateException("nobody landed on node " + node);
        }

        void signIn() throws Exception {
            // the sign-in page carries the CSRF token the sign-in form must post back
            String page = client.send(HttpRequest.newBuilder(URI.create(cluster.url("/login")))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
            String form = "username=" + URLEncoder.encode(TwoNodeCluster.ADMIN_EMAIL, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(TwoNodeCluster.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                    + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(cluster.url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("")
                    .contains("error")) {
                throw new IllegalStateException("sign-in refused: " + response.statusCode() + " "
                        + response.headers().map());
            }
        }

        String node() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("PPNODE"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("?");
        }

        int page() throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(cluster.url(PAGE))).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        SessionOutcome carriesOn(Duration during) throws Exception {
            int requests = 0;
            int failures = 0;
            long end = System.nanoTime() + during.toNanos();
            while (System.nanoTime() < end) {
                requests++;
                try {
                    if (page() != 200 || !"b".equals(node())) {
                        failures++;
                    }
                } catch (IOException e) {
                    failures++;
                }
                Thread.sleep(250);
            }
            return new SessionOutcome(requests, failures, null, node(), false);
        }

        SessionOutcome afterKill(Duration timeout) throws Exception {
            long end = System.nanoTime() + timeout.toNanos();
            String first = null;
            while (System.nanoTime() < end) {
                try {
                    int status = page();
                    first = first == null ? status + (status == 302 ? " (to sign in)" : "") : first;
                    if (status == 302) {
                        signIn();
                        boolean in = page() == 200;
                        return new SessionOutcome(0, 0, first, node(), in);
                    }
                    if (status == 200) {
                        return new SessionOutcome(0, 0, first, node(), true);
                    }
                } catch (IOException e) {
                    first = first == null ? "no answer" : first;
                }
                Thread.sleep(250);
            }
            return new SessionOutcome(0, 0, first, node(), false);
        }
    }
}
