package org.powerpartnership.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the kill must not have broken, read from the database: confirmed writes once, every job run once, on b. */
final class TwoNodeKillChecks {

    private TwoNodeKillChecks() {
    }

    static void checkWrites(Connection db, ProbeLoad traffic, Map<String, Object> figures, List<String> violations)
            throws SQLException {
        Map<String, Long> instancesByKey = new HashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                "select business_key_, count(*) from act_hi_procinst where proc_def_key_ = '" + TwoNodeKill.PROCESS
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
                "select id_ from act_hi_taskinst where proc_def_key_ = '" + TwoNodeKill.PROCESS + "' and end_time_ is not null"
                        + " and delete_reason_ = 'completed'")) {
            while (rs.next()) {
                completedTasks.add(rs.getString(1));
            }
        }
        long confirmedCompletions = traffic.confirmedCompletions.size();
        long completionsFound = traffic.confirmedCompletions.stream().filter(completedTasks::contains).count();
        long tasksPerInstanceOverOne = TwoNodeKill.count(db, "select count(*) from (select proc_inst_id_ from act_hi_taskinst"
                + " where proc_def_key_ = '" + TwoNodeKill.PROCESS + "' group by proc_inst_id_ having count(*) > 1) t");
        figures.put("confirmed task completions / found completed", confirmedCompletions + " / " + completionsFound);
        figures.put("process instances with a task created twice", tasksPerInstanceOverOne);
        if (completionsFound != confirmedCompletions) {
            violations.add((confirmedCompletions - completionsFound) + " confirmed completions are not completed");
        }
        if (tasksPerInstanceOverOne > 0) {
            violations.add(tasksPerInstanceOverOne + " instances have their task twice");
        }
    }

    static void checkJobs(Connection db, Set<String> lockedAtKill, List<String> lockedByA, long killedAt,
                           Map<String, Object> figures, List<String> violations) throws Exception {
        // every timer of a completed task runs: wait for the job table to empty (lock time plus slack)
        long deadline = System.nanoTime() + TwoNodeKill.JOB_LOCK.plusSeconds(45).toNanos();
        long left;
        while ((left = TwoNodeKill.count(db, "select count(*) from act_ru_job where process_def_key_ = '"
                + TwoNodeKill.PROCESS + "'")) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        figures.put("probe jobs left in the job table at the end", left);
        if (left > 0) {
            violations.add(left + " due jobs never ran");
        }
        long twice = TwoNodeKill.count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
                + " and process_def_key_ = '" + TwoNodeKill.PROCESS + "' group by job_id_ having count(*) > 1) t");
        figures.put("jobs that succeeded twice", twice);
        if (twice > 0) {
            violations.add(twice + " jobs ran to success twice");
        }
        Map<String, Long> byNode = new LinkedHashMap<>();
        try (PreparedStatement sql = db.prepareStatement("select hostname_, count(*) from act_hi_job_log"
                + " where job_state_ = 2 and process_def_key_ = ? and timestamp_ > ? group by hostname_")) {
            sql.setString(1, TwoNodeKill.PROCESS);
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
                        TwoNodeKill.JOB_LOCK.toSeconds()));
        if (takenOver + ranOnABeforeKill != lockedByA.size()) {
            violations.add((lockedByA.size() - takenOver - ranOnABeforeKill) + " jobs held by a never ran");
        }
        figures.put("jobs locked (either node) at the kill", lockedAtKill.size());
    }

    /**
     * Waits for a moment when node a holds job locks, and returns those jobs. Lock owners are random ids, so an
     * owner is told to be a's by the job log: a job seen locked by that owner later ran with hostname 'node-a'.
     */
    static List<String> awaitJobsLockedBy(Connection db, String host, long notBefore, Duration timeout)
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

    static Set<String> lockedJobs(Connection db) throws SQLException {
        Set<String> jobs = new java.util.HashSet<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(
                "select id_ from act_ru_job where lock_owner_ is not null and lock_exp_time_ > now()")) {
            while (rs.next()) {
                jobs.add(rs.getString(1));
            }
        }
        return jobs;
    }
}
