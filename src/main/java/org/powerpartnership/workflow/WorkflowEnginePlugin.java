package org.powerpartnership.workflow;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.stereotype.Component;

/**
 * Engine settings the workflow port relies on: every user task of every process feeds the {@code work_item}
 * table and announces itself ({@link WorkOffered}), a failed step is retried on one cycle and then becomes an incident,
 * and Java serialisation of variables stays off (variables carry ids and flags only).
 */
@Component
class WorkflowEnginePlugin extends AbstractProcessEnginePlugin {

    /** The extension property on a user task naming the engagement stage it belongs to. */
    static final String STAGE_PROPERTY = "stage";
    /** Three attempts, five minutes apart, for every job of every process: see docs/decisions.md. */
    static final String RETRY_CYCLE = "R3/PT5M";

    private final WorkItemRepository workItems;
    private final DomainEvents events;

    WorkflowEnginePlugin(WorkItemRepository workItems, DomainEvents events) {
        this.workItems = workItems;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setJavaSerializationFormatEnabled(false);
        // A failed step (job) is tried three times, five minutes apart, then becomes an incident someone can retry.
        configuration.setFailedJobRetryTimeCycle(RETRY_CYCLE);
        // The application runs the steps a request left behind itself, right after it commits (Continuations); a
        // hint would send the job executor after the same step at the same moment, and one of the two would fail.
        configuration.setHintJobExecutor(false);
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new WorkItemParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private final class WorkItemParseListener extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String processKey = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            // Our forms are bound by a fixed camunda:formRef, so its text is the form's id.
            String formRef = definition.getCamundaFormDefinitionKey() == null ? null
                    : definition.getCamundaFormDefinitionKey().getExpressionText();
            TaskListener projection = new WorkItemProjection(workItems, processKey, stageOf(userTaskElement), formRef);
            for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                    TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
                definition.addBuiltInTaskListener(event, projection);
            }
            // after the projection, so the work item exists by the time anyone hears of it
            TaskListener offered = new WorkOfferedListener(events, processKey);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, offered);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, offered);
        }

        private String stageOf(Element userTaskElement) {
            Element extensions = userTaskElement.element("extensionElements");
            Element properties = extensions == null ? null
                    : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
            if (properties == null) {
                return null;
            }
            for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
                if (STAGE_PROPERTY.equals(property.attribute("name"))) {
                    return property.attribute("value");
                }
            }
            return null;
        }
    }
}
