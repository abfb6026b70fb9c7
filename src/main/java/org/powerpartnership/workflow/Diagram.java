package org.powerpartnership.workflow;

import java.util.List;

/**
 * One diagram plane of a process, drawn as SVG, with a text alternative: its steps in reading order and where each
 * one stands.
 *
 * @param planeElementId the process id (main plane) or the sub-process id whose own plane this is
 * @param name           the plane's name as the modeller wrote it (the process's or the sub-process's name)
 * @param svg            self-contained SVG markup (role img, labelled by its title); no script, no external links
 * @param steps          the named steps of the plane, left to right, top to bottom
 */
public record Diagram(String planeElementId, String name, String svg, List<Step> steps) {

    public Diagram {
        steps = List.copyOf(steps);
    }

    /** Where a step stands in the drawn process instance. */
    public enum State {
        /** Work is happening here now. */
        ACTIVE,
        /** Finished at least once. */
        DONE,
        /** Not reached (yet). */
        NOT_YET
    }

    /**
     * A step of the diagram.
     *
     * @param elementId   its id in the BPMN file
     * @param name        its name in the BPMN file
     * @param state       where it stands
     * @param hasOwnPlane whether it is a collapsed sub-process with a diagram of its own
     */
    public record Step(String elementId, String name, State state, boolean hasOwnPlane) {
    }

    public List<Step> active() {
        return steps.stream().filter(step -> step.state() == State.ACTIVE).toList();
    }

    public List<Step> done() {
        return steps.stream().filter(step -> step.state() == State.DONE).toList();
    }
}
