package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.FormFiller;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two tabs, a double click or two nodes completing one task at the same moment: exactly one completion. */
@IntegrationTest
class DoubleCompletionIT {

    @Autowired
    Cycle cycle;
    @Autowired
    WorkService work;
    @Autowired
    FormCatalog forms;
    @Autowired
    AuditLog audit;

    @Test
    void two_simultaneous_completions_of_one_task_complete_it_once_and_tell_the_other_plainly() throws Exception {
        Cycle.Cast cast = cycle.cast(3);
        var consultation = cycle.launch(cast, false);
        WorkItem task = cycle.open(consultation, "Task_CoDesignAsPartner").get(0);
        Map<String, Object> values = FormFiller.validValues(forms.byId(task.formRef()));

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                try {
                    work.completeOnly(cast.partner(), task.taskId(), values);
                    return "completed";
                } catch (WorkItemGoneException gone) {
                    return "gone";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> attempt : attempts) {
            outcomes.add(attempt.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsExactlyInAnyOrder("completed", "gone");
        assertThat(audit.forConsultation(consultation.id())).filteredOn(e -> e.action().equals("task.completed")
                && e.details().contains(task.taskId())).hasSize(1);
        assertThat(cycle.open(consultation, "Task_CoDesignAsPartner")).isEmpty();
    }
}
