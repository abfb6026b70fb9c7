package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.powerpartnership.workflow.BpmnBeanReferences.BeanReference;

/** The scanner behind BpmnExpressionsIT finds every bean an expression calls, and nothing that is not one. */
class BpmnBeanReferencesTest {

    @Test
    void delegates_listeners_and_method_calls_name_beans_while_variables_and_engine_names_do_not() {
        var references = BpmnBeanReferences.in(Path.of("src/test/resources/workflow/rule-fixtures/expressions.bpmn"));

        assertThat(references).extracting(BeanReference::elementId, BeanReference::bean).containsExactlyInAnyOrder(
                tuple("ServiceTask_Remind", "reminderDelegate"),
                tuple("ServiceTask_Notify", "noticeBoard"),
                tuple("ServiceTask_Notify", "formatter"),
                tuple("Task_Vote", "dueDates"),
                tuple("Task_Vote", "taskAudit"),
                tuple("Task_Vote", "assignmentPolicy"),
                tuple("Task_Vote", "panelLottery"),
                tuple("Timer_Remind", "reminders"),
                tuple("Flow_ToQuorate", "quorum"));
        assertThat(references).filteredOn(reference -> reference.bean().equals("taskAudit")).singleElement()
                .satisfies(reference -> assertThat(reference.where()).isEqualTo("camunda:taskListener expression"));
    }

    @Test
    void a_delegate_or_listener_expression_names_its_bean_even_without_a_method_call() {
        assertThat(BpmnBeanReferences.beansIn("reminderDelegate", true)).containsExactly("reminderDelegate");
        assertThat(BpmnBeanReferences.beansIn("reminderDelegate", false)).isEmpty();
        assertThat(BpmnBeanReferences.beansIn("execution.getVariable('x')", true)).isEmpty();
        assertThat(BpmnBeanReferences.beansIn("dateTime().plusDays(10).toDate()", true)).isEmpty();
        assertThat(BpmnBeanReferences.beansIn("a.b(c.d(), 'e.f()')", false)).containsExactly("a", "c");
    }

    @Test
    void expressions_are_cut_out_of_their_text_with_nested_braces_and_quotes() {
        assertThat(BpmnBeanReferences.expressionBodies("panel:${consultationRef}")).containsExactly("consultationRef");
        assertThat(BpmnBeanReferences.expressionBodies("P${days}D and #{x.y('}')}"))
                .containsExactly("days", "x.y('}')");
        assertThat(BpmnBeanReferences.expressionBodies("no expression here")).isEmpty();
    }
}
