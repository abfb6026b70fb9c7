package org.powerpartnership.consultation.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.consultation.ui.LaunchConsultationView.Step;

/** The launch form's step list and one section per step, so the view only decides which step to show. */
class LaunchSteps {

    private final Component owner;
    private final Map<Step, Section> sections = new LinkedHashMap<>();
    private final Map<Step, Button> stepButtons = new LinkedHashMap<>();

    LaunchSteps(Component owner) {
        this.owner = owner;
    }

    /** The list of steps; a click on one goes to it. */
    Nav navigation(Consumer<Step> go) {
        Nav nav = new Nav();
        nav.setId("launch-steps");
        nav.getElement().setAttribute("aria-label", owner.getTranslation("launch.steps"));
        OrderedList list = new OrderedList();
        list.addClassName("pp-steps");
        for (Step step : Step.values()) {
            Button button = new Button((step.ordinal() + 1) + ". "
                    + owner.getTranslation("launch.step." + step.name()));
            button.setId("launch-step-" + step.name().toLowerCase(java.util.Locale.ROOT));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.addClickListener(click -> go.accept(step));
            stepButtons.put(step, button);
            list.add(new ListItem(button));
        }
        nav.add(list);
        return nav;
    }

    /** One step's section: its heading, its introduction and its content. */
    Section section(Step step, Component... content) {
        Section section = new Section();
        section.setId("launch-section-" + step.name().toLowerCase(java.util.Locale.ROOT));
        section.addClassName("pp-launch-step");
        H2 heading = new H2(owner.getTranslation("launch.stepHeading", step.ordinal() + 1, Step.values().length,
                owner.getTranslation("launch.step." + step.name())));
        heading.setId(section.getId().orElseThrow() + "-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(heading, new Paragraph(owner.getTranslation("launch.stepIntro." + step.name())));
        Div body = new Div(content);
        body.addClassName("pp-launch-fields");
        section.add(body);
        sections.put(step, section);
        return section;
    }

    /** Shows only this step's section and marks it current in the list. */
    void show(Step step) {
        sections.forEach((s, section) -> section.setVisible(s == step));
        stepButtons.forEach((s, button) -> {
            if (s == step) {
                button.getElement().setAttribute("aria-current", "step");
                button.addClassName("pp-step-current");
            } else {
                button.getElement().removeAttribute("aria-current");
                button.removeClassName("pp-step-current");
            }
        });
    }

    /** The keyboard focus to the step's first field, or to its heading when it has none. */
    void focus(Step step, Map<String, Component> fields) {
        Component first = step.fields.isEmpty() ? null : fields.get(step.fields.get(0));
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        } else {
            sections.get(step).getChildren().findFirst()
                    .ifPresent(h -> h.getElement().callJsFunction("focus"));
        }
    }
}
