package org.powerpartnership.demo;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * What the job executor would have done while the demo's clock was wound back: the due timers of one consultation's
 * process and its called processes, round after round until none is due. This is time passing, not a person acting.
 */
final class DemoJobs {

    private DemoJobs() {
    }

    static void runDue(ProcessEngine engine, String processInstanceId) {
        ManagementService management = engine.getManagementService();
        RuntimeService runtime = engine.getRuntimeService();
        for (int round = 0; round < 20; round++) {
            Set<String> family = new HashSet<>();
            collect(runtime, processInstanceId, family);
            // timers that fell due, and the steps (no due date) that firing them left waiting
            var due = management.createJobQuery().executable().active().list().stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
                    .filter(job -> family.contains(job.getProcessInstanceId())).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> {
                // a boundary timer of this round may already have removed it
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                }
            });
        }
    }

    private static void collect(RuntimeService runtime, String instance, Set<String> family) {
        if (family.add(instance)) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(instance).list()
                    .forEach(child -> collect(runtime, child.getId(), family));
        }
    }
}
