package org.powerpartnership.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Time for process tests: the job executor is off in tests, so timers fire when a test moves the engine's clock
 * (which is also the application's clock) and runs what has fallen due.
 */
@Component
public class EngineTime {

    private final ManagementService management;
    private final RuntimeService runtime;

    public EngineTime(ManagementService management, RuntimeService runtime) {
        this.management = management;
        this.runtime = runtime;
    }

    /**
     * Moves the clock forward and runs every due job of one process instance and the processes it called,
     * including jobs those jobs create, until none is due. Other tests' processes are left alone.
     */
    public int advance(Duration duration, String rootProcessInstanceId) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
        return runDueJobs(rootProcessInstanceId);
    }

    public int runDueJobs(String rootProcessInstanceId) {
        int ran = 0;
        for (int round = 0; round < 50; round++) {
            Set<String> family = new HashSet<>();
            collect(rootProcessInstanceId, family);
            Date soon = Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(1));
            // timers that fell due, and the steps (no due date) that firing them left waiting
            var due = management.createJobQuery().executable().active().list().stream()
                    .filter(job -> job.getDuedate() == null || job.getDuedate().before(soon))
                    .filter(job -> family.contains(job.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                if (management.createJobQuery().jobId(job.getId()).count() == 0) {
                    continue; // an earlier job of this round (a boundary timer, a joining branch) removed it
                }
                try {
                    management.executeJob(job.getId());
                    ran++;
                } catch (RuntimeException gone) {
                    // an earlier job of this round (a boundary timer) may have removed this one
                }
            }
        }
        return ran;
    }

    private void collect(String instance, Set<String> family) {
        if (family.add(instance)) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list()
                    .forEach(child -> collect(child.getId(), family));
        }
    }

    /** Moves the clock forward and runs nothing: for what reads the application's clock without a process. */
    public void pass(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public void reset() {
        ClockUtil.reset();
    }
}
