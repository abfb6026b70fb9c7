package org.powerpartnership.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.workflow.Diagram;
import org.powerpartnership.workflow.ProcessDiagrams;
import org.powerpartnership.workflow.ProcessPosition;

/** The overview's live process diagram, drawn on the server as SVG, with what is happening now as text. */
class OverviewDiagramSection extends OverviewSection {

    OverviewDiagramSection(Consultation c, ProcessDiagrams diagrams) {
        super("overview-diagram", "overview.diagram");
        if (c.processInstanceId() == null) {
            add(new Paragraph(getTranslation("overview.diagram.none")));
            return;
        }
        ProcessPosition position = diagrams.position(c.processInstanceId());
        List<ProcessDiagrams.Plane> planes = diagrams.planes(c.processInstanceId());
        ProcessDiagrams.Plane main = planes.stream().filter(ProcessDiagrams.Plane::main).findFirst().orElseThrow();
        Diagram cycle = diagrams.render(c.processInstanceId(), main.elementId(), position,
                getTranslation("overview.diagram.mainTitle", c.title()), "diagram-main");
        add(new Paragraph(getTranslation("overview.diagram.legend")));
        add(textAlternative(cycle, "overview-diagram-now"));
        add(picture(cycle, "overview-diagram-main", getTranslation("overview.diagram.mainRegion")));
        int n = 0;
        for (Diagram.Step step : cycle.active()) {
            if (!step.hasOwnPlane()) {
                continue;
            }
            n++;
            Diagram inside = diagrams.render(c.processInstanceId(), step.elementId(), position,
                    getTranslation("overview.diagram.stageTitle", step.name()), "diagram-stage-" + n);
            H3 heading = new H3(getTranslation("overview.diagram.inside", step.name()));
            add(heading, textAlternative(inside, "overview-diagram-stage-" + n + "-now"),
                    picture(inside, "overview-diagram-stage-" + n,
                            getTranslation("overview.diagram.stageRegion", step.name())));
        }
    }

    private Component picture(Diagram diagram, String id, String regionLabel) {
        Svg svg = new Svg(diagram.svg());
        svg.addClassName("pp-diagram-svg");
        Div scroller = new Div(svg);
        scroller.setId(id);
        scroller.addClassName("pp-diagram");
        scroller.getElement().setAttribute("data-plane", diagram.planeElementId());
        // The picture is wider than the page: the region scrolls and takes the keyboard focus to do so.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", regionLabel);
        Details text = new Details(getTranslation("overview.diagram.asText"), steps(diagram));
        text.setId(id + "-text");
        Div wrapper = new Div(scroller, text);
        wrapper.addClassName("pp-diagram-wrapper");
        return wrapper;
    }

    private Paragraph textAlternative(Diagram diagram, String id) {
        List<String> now = diagram.active().stream().map(Diagram.Step::name).toList();
        Paragraph p = new Paragraph(now.isEmpty() ? getTranslation("overview.diagram.nothingNow")
                : getTranslation("overview.diagram.now", String.join("; ", now)));
        p.setId(id);
        p.addClassName("pp-diagram-now");
        return p;
    }

    private OrderedList steps(Diagram diagram) {
        OrderedList list = new OrderedList();
        list.addClassName("pp-diagram-steps");
        for (Diagram.Step step : diagram.steps()) {
            list.add(new ListItem(getTranslation("overview.diagram.step", step.name(),
                    getTranslation("overview.diagram.state." + step.state().name()))));
        }
        return list;
    }
}
