package org.powerpartnership.forms.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

import org.powerpartnership.forms.FormField;

/**
 * One input and how to read and write its value: the renderer handles every field type the same way through it.
 */
final class Binding {

    private final FormField field;
    private final Component component;
    private final Supplier<?> reader;
    private final Consumer<Object> writer;
    private final Supplier<Boolean> unreadable;

    Binding(FormField field, Component component, Supplier<?> reader, Consumer<Object> writer) {
        this(field, component, reader, writer, () -> false);
    }

    Binding(FormField field, Component component, Supplier<?> reader, Consumer<Object> writer,
            Supplier<Boolean> unreadable) {
        this.field = field;
        this.component = component;
        this.reader = reader;
        this.writer = writer;
        this.unreadable = unreadable;
    }

    FormField field() {
        return field;
    }

    Component component() {
        return component;
    }

    Object read() {
        return reader.get();
    }

    void write(Object value) {
        writer.accept(value);
    }

    HasValue<?, ?> value() {
        return (HasValue<?, ?>) component;
    }

    HasValidation validation() {
        return (HasValidation) component;
    }

    boolean hasUnreadableInput() {
        return read() == null && Boolean.TRUE.equals(unreadable.get());
    }

    void showProblem(String message) {
        validation().setErrorMessage(message);
        validation().setInvalid(true);
    }

    void clearProblem() {
        validation().setInvalid(false);
        validation().setErrorMessage(null);
    }
}
