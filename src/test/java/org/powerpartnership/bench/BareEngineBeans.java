package org.powerpartnership.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The beans the BPMN calls, reduced to what the engine needs to route (ids, flags, dates) with no domain writes:
 * the baseline of the benchmark runs the very same BPMN files against these.
 */
final class BareEngineBeans {

    static final List<String> PANEL = List.of("p1", "p2", "p3", "p4", "p5");
    static final AtomicLong STAGES_OPENED = new AtomicLong();
    static final AtomicLong GATES_CLOSED = new AtomicLong();

    static Map<Object, Object> all() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("stageRecords", new StageRecords());
        beans.put("consultationProcess", new ConsultationProcess());
        beans.put("reminders", new Reminders());
        beans.put("networks", new Networks());
        beans.put("participation", new Participation());
        beans.put("deliberation", new Deliberation());
        beans.put("commitments", new Commitments());
        beans.put("signOff", new SignOff());
        beans.put("adjustments", new Adjustments());
        return beans;
    }

    private static String at(Duration fromNow) {
        return ClockUtil.getCurrentTime().toInstant().plus(fromNow).toString();
    }

    public static final class StageRecords {
        public void open(DelegateExecution execution, String stage) {
            STAGES_OPENED.incrementAndGet();
        }
    }

    public static final class ConsultationProcess {
        public List<String> coDesigners(DelegateExecution execution, String role) {
            return List.of(role + "-1");
        }

        public void complete(DelegateExecution execution) {
        }
    }

    public static final class Reminders {
        public void remind(DelegateTask task) {
        }

        public void escalate(DelegateTask task) {
        }
    }

    public static final class Networks {
        public List<Long> invitedOrganisations(DelegateExecution execution) {
            return List.of(1L, 2L);
        }

        public void summarise(DelegateExecution execution) {
        }
    }

    public static final class Participation {
        public void openWindow(DelegateExecution execution) {
            execution.setVariable("windowClosesAt", at(Duration.ofDays(28)));
        }

        public void checkRepresentation(DelegateExecution execution) {
            execution.setVariable("representationGap", false);
        }

        public boolean windowClosed(DelegateExecution execution) {
            return !ClockUtil.getCurrentTime().toInstant().isBefore(Instant.parse((String) execution.getVariable("windowClosesAt")));
        }

        public void closeWindow(DelegateExecution execution) {
        }
    }

    public static final class Deliberation {
        public List<String> jurors(DelegateExecution execution) {
            return List.of();
        }
    }

    public static final class Commitments {
        public List<Long> idsFor(DelegateExecution execution) {
            return List.of(1L);
        }

        public void schedule(DelegateExecution execution) {
            execution.setVariable("commitmentDueAt", at(Duration.ofDays(120)));
            execution.setVariable("commitmentReminderAt", at(Duration.ofDays(118)));
            execution.setVariable("reviewSchedule", at(Duration.ofDays(91)) + "," + at(Duration.ofDays(182)));
        }

        public List<String> reviewDates(DelegateExecution execution) {
            return List.of(((String) execution.getVariable("reviewSchedule")).split(","));
        }

        public void markOverdue(DelegateExecution execution) {
        }

        /** The commitment's words in a task's name: a constant here (no domain reads). */
        public String label(DelegateExecution execution) {
            return "commitment " + execution.getVariable("commitmentId");
        }

        public void closeSchedule(DelegateExecution execution) {
        }
    }

    public static final class SignOff {
        private final AtomicLong gates = new AtomicLong();

        public void openGate(DelegateExecution execution) {
            execution.setVariable("gateId", gates.incrementAndGet());
            execution.setVariable("gateDeadline", at(Duration.ofDays(10)));
            execution.setVariable("gateReminderAfter", "P8D");
            execution.setVariable("panelReady", true); // the bench's panels are confirmed and never short
            execution.setVariable("panelSettleDue", "P7D");
        }

        public void recount(DelegateExecution execution) {
        }

        public List<String> voters(DelegateExecution execution) {
            return PANEL;
        }

        public void remindVoter(DelegateTask task) {
        }

        public void escalate(DelegateExecution execution) {
        }

        public void extend(DelegateExecution execution) {
        }

        public void closeGate(DelegateExecution execution) {
            GATES_CLOSED.incrementAndGet();
            execution.setVariable("signOffOutcome", "approved");
        }
    }

    public static final class Adjustments {
        public void answered(DelegateExecution execution) {
        }
    }
}
