package org.powerpartnership.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the asynchronous continuations an application call left behind, on the caller's thread, right after its
 * transaction commits.
 * <p>
 * Every user task is {@code asyncAfter} and every service step {@code asyncBefore} (see docs/decisions.md, "Failures
 * become incidents"), so what a person submits commits on its own and each step after it runs in a transaction of
 * its own: a failing step can no longer roll the submission back. Running those steps here, instead of leaving them to
 * the job executor's next poll, keeps the screens as immediate as before: the next task exists when the person's
 * request returns. A step that fails stays a job: the engine's retry cycle (R3/PT5M) hands it to the job executor
 * later, and after the last attempt it is an incident in Operations and Cockpit, with a retry.
 */
@Component
class Continuations {

    private static final Logger LOG = LoggerFactory.getLogger(Continuations.class);
    /** A process that keeps making new steps is looping; the job executor takes over what is left. */
    private static final int MAX_ROUNDS = 500;

    private final ProcessEngine engine;
    /** Instances a continuation run on this thread has been asked about while it was running. */
    private final ThreadLocal<Deque<String>> running = new ThreadLocal<>();

    Continuations(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Runs the waiting steps of the instance's whole family (its root process and every process it called) once the
     * current transaction commits; at once when no transaction is active. Nothing runs after a rollback.
     */
    void runAfterCommit(String processInstanceId) {
        Deque<String> inRun = running.get();
        if (inRun != null) {
            inRun.add(processInstanceId); // a step being run asked: its run picks this up in its next round
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            run(List.of(processInstanceId));
            return;
        }
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof AfterCommit pending) {
                pending.instances.add(processInstanceId);
                return;
            }
        }
        AfterCommit pending = new AfterCommit();
        pending.instances.add(processInstanceId);
        TransactionSynchronizationManager.registerSynchronization(pending);
    }

    private void run(Iterable<String> instances) {
        Deque<String> asked = new ArrayDeque<>();
        instances.forEach(asked::add);
        running.set(asked);
        try {
            Set<String> roots = new LinkedHashSet<>();
            for (int round = 0; round < MAX_ROUNDS; round++) {
                while (!asked.isEmpty()) {
                    roots.add(rootOf(asked.poll()));
                }
                // one step at a time: a step may remove others (a boundary event, a parallel branch joining)
                Optional<Job> next = nextStep(roots);
                if (next.isEmpty()) {
                    return;
                }
                execute(next.get());
            }
            LOG.warn("Processes {} still had steps waiting after {} rounds; the job executor takes them over", roots,
                    MAX_ROUNDS);
        } finally {
            running.remove();
        }
    }

    private Optional<Job> nextStep(Set<String> roots) {
        ManagementService management = engine.getManagementService();
        for (String root : roots) {
            List<Job> waiting = management.createJobQuery().rootProcessInstanceId(root).messages().executable()
                    .active().listPage(0, 1);
            if (!waiting.isEmpty()) {
                return Optional.of(waiting.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * In a transaction of its own (the caller's has committed), with the engine's own failure handling: a failed
     * step's retries go down and its next attempt is scheduled, exactly as when the job executor runs it.
     */
    private void execute(Job step) {
        CommandExecutor ownTransaction = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequiresNew();
        try {
            ExecuteJobHelper.executeJob(step.getId(), ownTransaction);
        } catch (RuntimeException failed) {
            LOG.warn("Step {} of process instance {} failed; the engine retries it (R3/PT5M) and then raises an "
                    + "incident: {}", step.getId(), step.getProcessInstanceId(), failed.toString());
        }
    }

    /** The process at the top of the family; from history, so an instance that has just ended still has one. */
    private String rootOf(String processInstanceId) {
        HistoryService history = engine.getHistoryService();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance == null || instance.getRootProcessInstanceId() == null ? processInstanceId
                : instance.getRootProcessInstanceId();
    }

    /** One per transaction: the instances it touched, run once it has committed. */
    private final class AfterCommit implements TransactionSynchronization {

        private final Set<String> instances = new LinkedHashSet<>();

        @Override
        public void afterCommit() {
            run(instances);
        }
    }
}
