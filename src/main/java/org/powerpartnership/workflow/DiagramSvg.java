package org.powerpartnership.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws one diagram plane of a BPMN model as SVG, from the file's own diagram interchange (shapes and edges), so
 * what people see is what the modeller drew. Elements where work is happening now are outlined and tinted; finished
 * ones are shaded. No JavaScript, no frontend build: the SVG is plain markup.
 */
final class DiagramSvg {

    private static final String ACTIVE = "#b45309";
    private static final String DONE_FILL = "#dbeafe";
    private static final String INK = "#1f2937";

    private final BpmnModelInstance model;
    private final Set<String> active;
    private final Set<String> done;
    private final StringBuilder svg = new StringBuilder();
    private final String idPrefix;

    private DiagramSvg(BpmnModelInstance model, Set<String> active, Set<String> done, String idPrefix) {
        this.model = model;
        this.active = active;
        this.done = done;
        this.idPrefix = idPrefix;
    }

    /**
     * @param planeElementId the process id for the main plane, or a collapsed sub-process id for its own plane
     * @param title          the accessible title of the picture
     */
    static String render(BpmnModelInstance model, String planeElementId, Set<String> active, Set<String> done,
                         String title) {
        return render(model, planeElementId, active, done, title, "diagram");
    }

    /**
     * As {@link #render(BpmnModelInstance, String, Set, Set, String)}, with the ids inside the SVG (its title, its
     * arrow head) prefixed, so that several diagrams can share one page without clashing ids.
     */
    static String render(BpmnModelInstance model, String planeElementId, Set<String> active, Set<String> done,
                         String title, String idPrefix) {
        return new DiagramSvg(model, active, done, idPrefix).draw(planeOf(model, planeElementId), title);
    }

    static BpmnPlane planeOf(BpmnModelInstance model, String planeElementId) {
        for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
            if (plane.getBpmnElement() != null && planeElementId.equals(plane.getBpmnElement().getAttributeValue("id"))) {
                return plane;
            }
        }
        throw new IllegalArgumentException("No diagram plane for " + planeElementId);
    }

    private String draw(BpmnPlane plane, String title) {
        Collection<BpmnShape> shapes = plane.getChildElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = plane.getChildElementsByType(BpmnEdge.class);
        double maxX = 0;
        double maxY = 0;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (BpmnShape shape : shapes) {
            Bounds b = shape.getBounds();
            minX = Math.min(minX, b.getX());
            minY = Math.min(minY, b.getY());
            maxX = Math.max(maxX, b.getX() + b.getWidth());
            maxY = Math.max(maxY, b.getY() + b.getHeight() + 40);
        }
        for (BpmnEdge edge : edges) {
            for (Waypoint point : edge.getWaypoints()) {
                maxY = Math.max(maxY, point.getY() + 10);
                minY = Math.min(minY, point.getY() - 20);
            }
        }
        double pad = 20;
        maxX += 50; // labels reach beyond the last shape
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"" + idPrefix + "-title\" "
                        + "viewBox=\"%.0f %.0f %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">",
                minX - pad, minY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad,
                maxX - minX + 2 * pad, maxY - minY + 2 * pad));
        svg.append("<title id=\"").append(idPrefix).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<defs><marker id=\"" + idPrefix + "-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
                + INK + "\"/></marker></defs>");
        for (BpmnEdge edge : edges) {
            edge(edge);
        }
        List<BpmnShape> boundaries = new ArrayList<>();
        for (BpmnShape shape : shapes) {
            if (shape.getBpmnElement() instanceof BoundaryEvent) {
                boundaries.add(shape); // drawn last, on top of the activity they sit on
            } else {
                shape(shape);
            }
        }
        boundaries.forEach(this::shape);
        svg.append("</svg>");
        return svg.toString();
    }

    private void edge(BpmnEdge edge) {
        StringBuilder points = new StringBuilder();
        for (Waypoint point : edge.getWaypoints()) {
            points.append(String.format(Locale.ROOT, "%.0f,%.0f ", point.getX(), point.getY()));
        }
        String id = edge.getBpmnElement() == null ? "" : edge.getBpmnElement().getAttributeValue("id");
        svg.append("<polyline data-element=\"").append(escape(id)).append("\" points=\"").append(points.toString().trim())
                .append("\" fill=\"none\" stroke=\"").append(INK).append("\" stroke-width=\"1.5\" marker-end=\"url(#")
                .append(idPrefix).append("-arrow)\"/>");
        if (edge.getBpmnElement() instanceof FlowElement flow && flow.getName() != null && edge.getBpmnLabel() != null
                && edge.getBpmnLabel().getBounds() != null) {
            Bounds b = edge.getBpmnLabel().getBounds();
            text(flow.getName(), b.getX(), b.getY() + 11, "start", 11);
        }
    }

    private void shape(BpmnShape shape) {
        BaseElement element = shape.getBpmnElement();
        Bounds b = shape.getBounds();
        String id = element.getId();
        boolean isActive = active.contains(id);
        boolean isDone = done.contains(id);
        String stroke = isActive ? ACTIVE : INK;
        String width = isActive ? "4" : "1.5";
        String fill = isActive ? "#fef3c7" : isDone ? DONE_FILL : "#ffffff";
        String name = element instanceof FlowNode node && node.getName() != null ? node.getName() : "";
        svg.append("<g data-element=\"").append(escape(id)).append("\"")
                .append(isActive ? " data-state=\"active\"" : isDone ? " data-state=\"done\"" : "").append(">");
        svg.append("<title>").append(escape(name.isEmpty() ? id : name))
                .append(isActive ? " (now)" : isDone ? " (done)" : "").append("</title>");
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        if (element instanceof Event) {
            double r = b.getWidth() / 2;
            String eventStroke = element instanceof EndEvent ? (isActive ? "5" : "4") : width;
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" "
                    + "stroke-width=\"%s\"%s/>", cx, cy, r, fill, stroke, eventStroke,
                    element instanceof BoundaryEvent boundary && !boundary.cancelActivity()
                            ? " stroke-dasharray=\"4 2\"" : ""));
            if (element instanceof IntermediateCatchEvent || element instanceof BoundaryEvent) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                        + "stroke=\"%s\" stroke-width=\"1\"/>", cx, cy, r - 3, stroke));
            }
            eventMarker((Event) element, cx, cy, r, stroke);
            if (!name.isEmpty()) {
                labelBelow(shape, name, cx, b);
            }
        } else if (element instanceof Gateway) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                            + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", cx, b.getY(), b.getX() + b.getWidth(), cy,
                    cx, b.getY() + b.getHeight(), b.getX(), cy, fill, stroke, width));
            if (element instanceof ParallelGateway) {
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f v22 M%.1f %.1f h22\" stroke=\"%s\" "
                        + "stroke-width=\"3\"/>", cx, cy - 11, cx - 11, cy, stroke));
            } else if (element instanceof ExclusiveGateway) {
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f l14 14 M%.1f %.1f l-14 14\" stroke=\"%s\" "
                        + "stroke-width=\"3\"/>", cx - 7, cy - 7, cx + 7, cy - 7, stroke));
            }
            if (!name.isEmpty()) {
                labelBelow(shape, name, cx, b);
            }
        } else if (element instanceof Activity activity) {
            boolean call = element instanceof CallActivity;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\" "
                            + "fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>", b.getX(), b.getY(), b.getWidth(),
                    b.getHeight(), fill, stroke, call ? (isActive ? "5" : "3.5") : width));
            wrapped(name, cx, b.getY(), b.getWidth() - 12, b.getHeight());
            activityMarkers(activity, b, stroke);
        }
        svg.append("</g>");
    }

    private void eventMarker(Event event, double cx, double cy, double r, String stroke) {
        boolean timer = event.getChildElementsByType(TimerEventDefinition.class).size() > 0;
        boolean message = event.getChildElementsByType(MessageEventDefinition.class).size() > 0;
        if (timer) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#fff\" "
                            + "stroke=\"%s\"/><path d=\"M%.1f %.1f v-%.1f M%.1f %.1f h%.1f\" stroke=\"%s\"/>",
                    cx, cy, r - 7, stroke, cx, cy, r - 10, cx, cy, r - 11, stroke));
        } else if (message) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"11\" fill=\"#fff\" "
                    + "stroke=\"%s\"/><path d=\"M%.1f %.1f l8 6 l8 -6\" fill=\"none\" stroke=\"%s\"/>",
                    cx - 8, cy - 5.5, stroke, cx - 8, cy - 5.5, stroke));
        } else if (event instanceof StartEvent) {
            // a plain circle says "start"
        }
    }

    private void activityMarkers(Activity activity, Bounds b, String stroke) {
        double x = b.getX();
        double y = b.getY();
        if (activity instanceof UserTask) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"none\" stroke=\"%s\"/>"
                            + "<path d=\"M%.1f %.1f q6 -8 12 0\" fill=\"none\" stroke=\"%s\"/>", x + 12, y + 11, stroke,
                    x + 6, y + 22, stroke));
        } else if (activity instanceof ServiceTask) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-dasharray=\"3 2\"/>", x + 13, y + 13, stroke));
        }
        if (activity instanceof SubProcess sub && !sub.triggeredByEvent()) {
            double mx = x + b.getWidth() / 2;
            double my = y + b.getHeight() - 14;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"#fff\" "
                    + "stroke=\"%s\"/><path d=\"M%.1f %.1f h8 M%.1f %.1f v8\" stroke=\"%s\"/>",
                    mx - 6, my, stroke, mx - 4, my + 6, mx, my + 2, stroke));
        }
        if (!activity.getChildElementsByType(MultiInstanceLoopCharacteristics.class).isEmpty()) {
            MultiInstanceLoopCharacteristics loop =
                    activity.getChildElementsByType(MultiInstanceLoopCharacteristics.class).iterator().next();
            double mx = x + b.getWidth() / 2 + (activity instanceof SubProcess ? 14 : 0);
            double my = y + b.getHeight() - 14;
            String bars = loop.isSequential()
                    ? String.format(Locale.ROOT, "M%.1f %.1f h12 M%.1f %.1f h12 M%.1f %.1f h12", mx - 6, my + 1, mx - 6,
                    my + 6, mx - 6, my + 11)
                    : String.format(Locale.ROOT, "M%.1f %.1f v12 M%.1f %.1f v12 M%.1f %.1f v12", mx - 5, my, mx, my,
                    mx + 5, my);
            svg.append("<path d=\"").append(bars).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"2\"/>");
        }
    }

    private void labelBelow(BpmnShape shape, String name, double cx, Bounds b) {
        double top = shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null
                ? shape.getBpmnLabel().getBounds().getY() : b.getY() + b.getHeight() + 4;
        List<String> lines = lines(name, 110);
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), cx, top + 11 + i * 13, "middle", 11);
        }
    }

    private void wrapped(String name, double cx, double top, double width, double height) {
        List<String> lines = lines(name, width);
        double start = top + height / 2 - (lines.size() - 1) * 7 + 4;
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), cx, start + i * 14, "middle", 12);
        }
    }

    /** Word wrap by an average glyph width; good enough for labels of a few words. */
    private static List<String> lines(String text, double width) {
        int perLine = Math.max(8, (int) (width / 6.2));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > perLine) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void text(String value, double x, double y, String anchor, int size) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" fill=\"%s\">",
                x, y, anchor, size, INK)).append(escape(value)).append("</text>");
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
