package org.powerpartnership.shared;

import java.util.List;
import java.util.Optional;

/** Input a service refused, with every problem at once so a screen can mark each field. Nothing was saved. */
public class InvalidInputException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("Invalid input: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Optional<FieldProblem> problemFor(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }
}
