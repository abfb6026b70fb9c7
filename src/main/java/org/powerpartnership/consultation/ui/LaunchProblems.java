package org.powerpartnership.consultation.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.ui.LaunchConsultationView.Step;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.ui.FieldProblems;

/** Puts the server's problems beside the launch form's fields: one step's when moving on, all of them at launch. */
class LaunchProblems {

    private final Component owner;
    private final Map<String, Component> fields;
    private final Div summary;
    private final Div status;

    LaunchProblems(Component owner, Map<String, Component> fields, Div summary, Div status) {
        this.owner = owner;
        this.fields = fields;
        this.summary = summary;
        this.status = status;
    }

    static List<FieldProblem> problemsIn(List<FieldProblem> problems, Step step) {
        return problems.stream().filter(problem -> step.fields.contains(problem.field())).toList();
    }

    /** Shows the problems of one step beside its fields; true when there are none. */
    boolean show(List<FieldProblem> problems, Step step) {
        Map<String, HasValidation> stepFields = new LinkedHashMap<>();
        for (String key : step.fields) {
            if (fields.get(key) instanceof HasValidation validation) {
                stepFields.put(key, validation);
            }
        }
        FieldProblems.show(owner, problems, stepFields);
        if (problems.isEmpty()) {
            return true;
        }
        Component first = fields.get(problems.get(0).field());
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        status.setText(owner.getTranslation("launch.stepProblems", problems.size()));
        return false;
    }

    /** Problems found at launch: beside every field, listed at the top, and the first step with one shown. */
    void showEverywhere(List<FieldProblem> problems, BiConsumer<Step, Boolean> go) {
        Map<String, HasValidation> all = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            if (field instanceof HasValidation validation) {
                all.put(key, validation);
            }
        });
        List<FieldProblem> unplaced = FieldProblems.show(owner, problems, all);
        summary.removeAll();
        summary.add(new Paragraph(owner.getTranslation("launch.problemsHeading", problems.size())));
        UnorderedList list = new UnorderedList();
        Set<Step> withProblems = new TreeSet<>();
        for (FieldProblem problem : problems) {
            Step step = Step.holding(problem.field()).orElse(Step.CHECK);
            withProblems.add(step);
            Button jump = new Button(owner.getTranslation("launch.problemAt",
                    owner.getTranslation("launch.step." + step.name()), FieldProblems.message(owner, problem)),
                    click -> go.accept(step, true));
            jump.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            jump.addClassName("pp-problem-link");
            list.add(new ListItem(jump));
        }
        unplaced.forEach(problem -> status.setText(FieldProblems.message(owner, problem)));
        summary.add(list);
        summary.setVisible(true);
        go.accept(withProblems.iterator().next(), false);
        Component first = problems.stream().map(p -> fields.get(p.field())).filter(Objects::nonNull).findFirst()
                .orElse(null);
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
