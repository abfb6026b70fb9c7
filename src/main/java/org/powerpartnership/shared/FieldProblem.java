package org.powerpartnership.shared;

import java.util.List;

/**
 * One thing wrong with one input field: a message key in the translation bundles and its arguments.
 * Services speak in keys so that every screen, and every language, shows the same rule the same way.
 *
 * @param field      the input's name, as the form or screen knows it
 * @param messageKey the key of the message in {@code vaadin-i18n/translations*.properties}
 * @param args       values for the message's placeholders
 */
public record FieldProblem(String field, String messageKey, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
