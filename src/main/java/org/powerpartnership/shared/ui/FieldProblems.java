package org.powerpartnership.shared.ui;

import java.util.Collection;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;

import org.powerpartnership.shared.FieldProblem;

/** Puts a service's field problems beside the fields they belong to, in the reader's language. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /**
     * Marks each field named in the problems invalid with its translated message and clears the others.
     *
     * @return the problems no field was given for (to show elsewhere on the screen)
     */
    public static java.util.List<FieldProblem> show(Component translator, Collection<FieldProblem> problems,
                                                    Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        java.util.List<FieldProblem> unplaced = new java.util.ArrayList<>();
        for (FieldProblem problem : problems) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                unplaced.add(problem);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(message(translator, problem));
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    public static String message(Component translator, FieldProblem problem) {
        return translator.getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
