package org.powerpartnership.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

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
                ProbeApi api = new ProbeApi(cluster);
                api.deployProbe();

                ProxiedPerson onA = ProxiedPerson.signedInOn("a", cluster);
                DraftWriter drafter = DraftWriter.onNodeA(cluster, api);
                ProxiedPerson onB = ProxiedPerson.signedInOn("b", cluster);

                ProbeLoad traffic = new ProbeLoad(api, clients, perClientPerSecond);
                long begin = System.nanoTime();
                traffic.start();
                Thread.sleep(load.toMillis() / 4);
                // in the middle of stage work: from half-way, wait for a moment when node a holds job locks
                List<String> lockedByA = TwoNodeKillChecks.awaitJobsLockedBy(db, "node-a", begin + load.toNanos() / 2,
                        Duration.ofSeconds(20));
                Set<String> lockedAtKill = TwoNodeKillChecks.lockedJobs(db);
                cluster.a().kill9();
                // a is gone now (kill9 waits for it): a job a committed in the moment before is logged before this
                long killedAt = System.currentTimeMillis();
                long killNanos = System.nanoTime();
                figures.put("node a killed after (s)", seconds(Duration.ofNanos(killNanos - begin)));
                figures.put("jobs locked by node a at the kill",
                        lockedByA.size());

                // people: the survivor's person carries on, the killed node's person signs in again
                ProxiedPerson.SessionOutcome survivor = onB.carriesOn(Duration.ofSeconds(10));
                ProxiedPerson.SessionOutcome moved = onA.afterKill(Duration.ofSeconds(30));
                figures.put("person on b: requests after the kill / failed", survivor.requests() + " / "
                        + survivor.failures());
                figures.put("person on a: first answer after the kill", moved.firstAnswer());
                figures.put("person on a: signed in again, now on node", moved.nodeAfter());
                if (survivor.failures() > 0) {
                    violations.add("the person on the surviving node saw " + survivor.failures() + " failures");
                }
                if (!"b".equals(moved.nodeAfter()) || !moved.signedInAgain()) {
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
                TwoNodeKillChecks.checkWrites(db, traffic, figures, violations);
                // timers: all run, on b after the kill, none twice; takeover time of those a held
                TwoNodeKillChecks.checkJobs(db, lockedAtKill, lockedByA, killedAt, figures, violations);
            }
        }
        return new Result(figures, violations);
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
}
