package org.powerpartnership.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Diagrams of running (or finished) processes for screens: the BPMN file's own diagram interchange drawn as SVG on the
 * server, where work is now outlined and finished steps shaded, with a text alternative. Screens never see the
 * engine: they get SVG markup and a list of steps.
 */
@Service
public class ProcessDiagrams {

    /** A diagram plane of a process: the main one, or a collapsed sub-process's own. */
    public record Plane(String elementId, String name, boolean main) {
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final WorkflowPort workflow;

    ProcessDiagrams(RuntimeService runtime, HistoryService history, RepositoryService repository,
                    WorkflowPort workflow) {
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.workflow = workflow;
    }

    /** Where the process instance stands now (active and finished activity ids). */
    @Transactional(readOnly = true)
    public ProcessPosition position(String processInstanceId) {
        return workflow.position(processInstanceId);
    }

    /** The planes of the instance's process, the main plane first, then its sub-processes in the file's order. */
    @Transactional(readOnly = true)
    public List<Plane> planes(String processInstanceId) {
        BpmnModelInstance model = modelOf(processInstanceId);
        List<Plane> planes = new ArrayList<>();
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            BaseElement element = (BaseElement) plane.getBpmnElement();
            if (element == null) {
                continue;
            }
            boolean main = !(element instanceof FlowNode);
            String name = element.getAttributeValue("name");
            planes.add(new Plane(element.getId(), name == null ? element.getId() : name, main));
        }
        planes.sort(Comparator.comparing(plane -> !plane.main()));
        return planes;
    }

    /** Draws one plane of the instance's process where it stands now. */
    @Transactional(readOnly = true)
    public Diagram render(String processInstanceId, String planeElementId, String title, String idPrefix) {
        return render(processInstanceId, planeElementId, position(processInstanceId), title, idPrefix);
    }

    /**
     * Draws one plane of the instance's process at a given position.
     *
     * @param planeElementId the process id for the main plane, or a collapsed sub-process id for its own plane
     * @param title          the picture's accessible name
     * @param idPrefix       prefix for the ids inside the SVG, unique on the page (e.g. {@code diagram-main})
     */
    @Transactional(readOnly = true)
    public Diagram render(String processInstanceId, String planeElementId, ProcessPosition position, String title,
                          String idPrefix) {
        BpmnModelInstance model = modelOf(processInstanceId);
        Set<String> active = new HashSet<>(position.active());
        Set<String> done = new HashSet<>(position.finished());
        done.removeAll(active);
        String svg = DiagramSvg.render(model, planeElementId, active, done, title, idPrefix);
        BpmnPlane plane = DiagramSvg.planeOf(model, planeElementId);
        String name = plane.getBpmnElement().getAttributeValue("name");
        return new Diagram(planeElementId, name == null ? planeElementId : name, svg, steps(model, plane, active, done));
    }

    private static List<Diagram.Step> steps(BpmnModelInstance model, BpmnPlane plane, Set<String> active,
                                           Set<String> done) {
        Set<String> withPlanes = new HashSet<>();
        for (BpmnPlane other : model.getModelElementsByType(BpmnPlane.class)) {
            if (other.getBpmnElement() instanceof FlowNode node) {
                withPlanes.add(node.getId());
            }
        }
        List<BpmnShape> shapes = new ArrayList<>(plane.getChildElementsByType(BpmnShape.class));
        shapes.sort(Comparator.comparingDouble((BpmnShape shape) -> shape.getBounds().getX())
                .thenComparingDouble(shape -> shape.getBounds().getY()));
        List<Diagram.Step> steps = new ArrayList<>();
        for (BpmnShape shape : shapes) {
            if (!(shape.getBpmnElement() instanceof FlowNode node) || node instanceof BoundaryEvent
                    || node instanceof Gateway || node.getName() == null || node.getName().isBlank()) {
                continue;
            }
            Diagram.State state = active.contains(node.getId()) ? Diagram.State.ACTIVE
                    : done.contains(node.getId()) ? Diagram.State.DONE : Diagram.State.NOT_YET;
            steps.add(new Diagram.Step(node.getId(), node.getName(), state, withPlanes.contains(node.getId())));
        }
        return steps;
    }

    private BpmnModelInstance modelOf(String processInstanceId) {
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        String definitionId;
        if (running != null) {
            definitionId = running.getProcessDefinitionId();
        } else {
            HistoricProcessInstance past = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (past == null) {
                throw new IllegalArgumentException("No process instance " + processInstanceId);
            }
            definitionId = past.getProcessDefinitionId();
        }
        return repository.getBpmnModelInstance(definitionId);
    }
}
