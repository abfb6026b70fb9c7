package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerpartnership.workflow.BpmnModelRules.Violation;

/**
 * Every process in the top-level bpmn/ folder, whatever its name, keeps the modelling rules: it deploys (history time
 * to live), opens cleanly in Camunda Modeler (meaningful ids, names, a drawn diagram) and its tasks reach our screens
 * (one role or per-consultation group, a form from forms/), its timers and messages are well formed.
 */
class BpmnConsistencyTest {

    private static final Path FIXTURES = Path.of("src/test/resources/workflow/rule-fixtures");

    @Test
    void every_process_in_the_bpmn_folder_keeps_the_modelling_rules() {
        List<Path> files = BpmnFiles.all();
        assertThat(files).as("BPMN files in bpmn/").isNotEmpty();

        List<Violation> violations = BpmnModelRules.check(files, BpmnFiles.FORMS_FOLDER);

        if (!violations.isEmpty()) {
            fail(violations.size() + " modelling rule violation(s) in " + files + ":\n"
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void a_sloppy_diagram_has_each_broken_rule_reported_with_its_element() {
        List<Violation> violations = BpmnModelRules.check(List.of(FIXTURES.resolve("sloppy-process.bpmn")),
                FIXTURES.resolve("forms"));

        assertThat(violations).extracting(Violation::elementId, Violation::rule).contains(
                tuple("Process_1", "process-key"),
                tuple("Process_1", "history-time-to-live"),
                tuple("StartEvent_1", "meaningful-id"),
                tuple("StartEvent_1", "name"),
                tuple("Activity_0x3k1", "meaningful-id"),
                tuple("Activity_0x3k1", "candidate-group"),
                tuple("Activity_0x3k1", "form"),
                tuple("Activity_0x3k1", "async"),
                tuple("ServiceTask_RecordBrief", "async"),
                tuple("Gateway_1abc2de", "meaningful-id"),
                tuple("Gateway_1abc2de", "name"),
                tuple("Flow_0q3k1x9", "meaningful-id"),
                tuple("Flow_ToSignOff", "name"),
                tuple("Task_ReviewBrief", "candidate-group"),
                tuple("Task_ReviewBrief", "form"),
                tuple("Task_ReviewBrief", "async"),
                tuple("Gateway_ReviewEvidence", "meaningful-id"),
                tuple("Gateway_ReviewEvidence", "form"),
                tuple("Timer_SignOffLate", "timer"),
                tuple("Message_ReplyReceived", "message"),
                tuple("CallActivity_Escalate", "called-element"),
                tuple("EndEvent_Done", "diagram"));
        assertThat(violations).filteredOn(violation -> violation.elementId().equals("Task_SignOffStage"))
                .extracting(Violation::rule)
                .as("a per-consultation group, an assignee chosen at run time, a deployment binding and asyncAfter"
                        + " are fine; only the form's id is wrong")
                .containsExactly("form");
        assertThat(violations).filteredOn(violation -> violation.elementId().equals("Task_ReviewBrief"))
                .extracting(Violation::detail).anySatisfy(detail -> assertThat(detail).contains("one person"))
                .anySatisfy(detail -> assertThat(detail).contains("missing-form"))
                .anySatisfy(detail -> assertThat(detail).contains("formRefBinding 'version'"));
        assertThat(violations).allSatisfy(violation ->
                assertThat(violation.file()).endsWith("sloppy-process.bpmn"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Task_WriteBrief", "StartEvent_ConsultationLaunched", "Gateway_StageApproved",
            "Flow_ToBrief", "Timer_Review3Months", "EndEvent_YouSaidWeDidPublished", "Event_IAPLevelAgreed"})
    void ids_that_say_what_the_element_is_are_accepted(String id) {
        assertThat(BpmnModelRules.idProblem(id, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Activity_0x3k1", "Gateway_1abc2de", "Flow_0q3k1x9", "Event_1", "UserTask_1",
            "sequenceFlow_0ab12cd", "Task_X0q3k1x9", "Task_Xqkzwbt", "Task_Do", "ReviewBrief", "Task_reviewBrief",
            "Task_Review_Brief"})
    void generated_or_meaningless_ids_are_rejected(String id) {
        assertThat(BpmnModelRules.idProblem(id, null)).isNotNull();
    }

    @Test
    void an_id_prefix_must_fit_the_element_type() {
        var model = Bpmn.createExecutableProcess("prefix-check").startEvent("StartEvent_Begun")
                .userTask("Task_ReviewBrief").endEvent("EndEvent_Done").done();
        UserTask task = model.getModelElementById("Task_ReviewBrief");
        SequenceFlow flow = model.getModelElementsByType(SequenceFlow.class).iterator().next();

        assertThat(BpmnModelRules.idProblem("Task_ReviewBrief", task)).isNull();
        assertThat(BpmnModelRules.idProblem("Flow_ReviewBrief", task)).contains("on a userTask");
        assertThat(BpmnModelRules.idProblem("Task_ToReview", flow)).contains("on a sequenceFlow");
    }

    @ParameterizedTest
    @CsvSource({"timeDuration,P10D", "timeDuration,PT36H", "timeDuration,P3M", "timeDuration,P1DT12H",
            "timeDate,2027-01-31T09:00:00Z", "timeDate,2027-01-31T09:00:00", "timeDate,2027-01-31",
            "timeCycle,R3/P3M", "timeCycle,R/P1D", "timeCycle,R5/2027-01-01T09:00:00Z/P1W"})
    void iso_8601_timer_values_are_accepted(String kind, String value) {
        assertThat(BpmnModelRules.isIso8601Timer(value, kind)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"timeDuration,10 days", "timeDuration,P", "timeDuration,PT", "timeDuration,P1H",
            "timeDate,31/01/2027", "timeCycle,0 0 9 * * ?", "timeCycle,R3", "timeCycle,P3M"})
    void other_timer_values_are_rejected(String kind, String value) {
        assertThat(BpmnModelRules.isIso8601Timer(value, kind)).isFalse();
    }
}
