package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.workflow.BpmnBeanReferences.BeanReference;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every bean a process in bpmn/ calls exists in the running application, so a misspelt delegate fails the build
 * instead of a consultation at its first reminder. Which identifiers count as beans: see {@link BpmnBeanReferences}.
 */
@IntegrationTest
class BpmnExpressionsIT {

    @Autowired
    ApplicationContext context;

    @Test
    void every_bean_that_a_process_expression_calls_exists_in_the_application() {
        List<Path> files = BpmnFiles.all();
        List<BeanReference> references = files.stream().flatMap(file -> BpmnBeanReferences.in(file).stream()).toList();

        List<BeanReference> missing = missingBeans(references);

        if (!missing.isEmpty()) {
            fail(missing.size() + " of " + references.size() + " bean reference(s) in " + files
                    + " name no Spring bean:\n" + missing.stream().map(BeanReference::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    @Test
    void a_process_calling_beans_the_application_does_not_have_is_reported_bean_by_bean() {
        var references = BpmnBeanReferences.in(Path.of("src/test/resources/workflow/rule-fixtures/expressions.bpmn"));

        assertThat(missingBeans(references)).extracting(BeanReference::bean).containsExactlyInAnyOrder(
                "reminderDelegate", "noticeBoard", "formatter", "dueDates", "taskAudit", "assignmentPolicy",
                "panelLottery", "quorum"); // "reminders" and "panelRoster" were fixture names until the application had them
        assertThat(context.containsBean("camundaWorkflow")).as("beans are looked up by their Spring name").isTrue();
    }

    private List<BeanReference> missingBeans(List<BeanReference> references) {
        return references.stream().filter(reference -> !context.containsBean(reference.bean())).toList();
    }
}
