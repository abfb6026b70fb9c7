package org.powerpartnership.forms.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.forms.DateTimeSubtype;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * Renders any Camunda Form with Vaadin's free components, and checks it with the same {@link FormValidator} the
 * services use. Each input gets the id {@code form-field-<key>}, its label, its description as helper text, a
 * required indicator and its length or range limits; {@code conditional.hide} is followed as values change.
 * Problems are shown beside their fields, in the reader's language; nothing typed is ever cleared.
 *
 * <p>A select is a ComboBox (typing narrows the list), never Vaadin's Select: Select puts {@code aria-required}
 * on an element whose role is button, which axe-core reports as a critical WCAG 4.1.2 failure. Numbers use
 * NumberField: a number the browser cannot read reaches the server as empty. A required checklist says so in its
 * helper text instead of {@code aria-required}, which its role (group) does not allow. Dates and times a person
 * typed that cannot be read are reported as {@code form.notADate} / {@code form.notATime}.
 */
public class CamundaFormRenderer extends Composite<Div> {

    private final FormSchema schema;
    private final transient FormValidator validator;
    private final FieldInputs inputs = new FieldInputs(this, this::getLocale);
    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    private final Map<String, Component> rendered = new LinkedHashMap<>();
    private final boolean conditional;
    private boolean readOnly;

    /** A renderer that validates on the system clock. */
    public CamundaFormRenderer(FormSchema schema) {
        this(schema, new FormValidator());
    }

    /** A renderer that validates with the given validator (the Spring bean, so it shares the application clock). */
    public CamundaFormRenderer(FormSchema schema, FormValidator validator) {
        this.schema = schema;
        this.validator = validator;
        this.conditional = schema.allComponents().stream().anyMatch(component -> component.hide() != null);
        Div content = getContent();
        content.addClassName("pp-form");
        content.getElement().setAttribute("data-form-id", schema.id());
        schema.components().forEach(component -> content.add(render(component)));
        for (Binding binding : bindings.values()) {
            if (binding.field().defaultValue() != null) {
                binding.write(binding.field().defaultValue());
            }
        }
        updateVisibility();
    }

    public FormSchema schema() {
        return schema;
    }

    /**
     * Fills fields in (a draft, values from the process). Keys that are not fields are ignored, and so are values
     * that cannot be read as their field's type or are not one of its options. Fields not named keep their value.
     */
    public void setValues(Map<String, ?> values) {
        values.forEach((key, value) -> {
            Binding binding = bindings.get(key);
            if (binding != null) {
                Object canonical;
                try {
                    canonical = FormValues.canonical(binding.field(), value);
                } catch (FormValues.UnreadableValueException unreadable) {
                    return;
                }
                binding.write(canonical);
            }
        });
        updateVisibility();
    }

    /**
     * What the form submits: canonical types ({@link FormValues}), only visible fields, empty values left out
     * (a checkbox is always there, a checklist as an empty list).
     */
    public Map<String, Object> getValues() {
        return FormValues.canonical(schema, currentValues());
    }

    /**
     * Checks every visible field with the {@link FormValidator} (and typed dates that cannot be read), shows each
     * problem beside its field and moves focus to the first one.
     *
     * @return every problem found; empty when the form can be submitted
     */
    public List<FieldProblem> validate() {
        Map<String, Object> values = currentValues();
        Set<String> hidden = schema.hiddenIds(values);
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        for (Binding binding : bindings.values()) {
            FormField field = binding.field();
            if (!hidden.contains(field.id()) && field.editable() && binding.hasUnreadableInput()) {
                byField.put(field.key(), FieldProblem.of(field.key(),
                        field.subtype() == DateTimeSubtype.TIME ? "form.notATime" : "form.notADate"));
            }
        }
        for (FieldProblem problem : validator.validate(schema, values)) {
            byField.putIfAbsent(problem.field(), problem);
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (String key : bindings.keySet()) {
            Optional.ofNullable(byField.get(key)).ifPresent(problems::add);
        }
        showProblems(problems);
        return List.copyOf(problems);
    }

    /**
     * Marks each field named in the problems invalid with its translated message (the first problem per field),
     * clears every other field, and moves focus to the first field marked.
     *
     * @return the problems that have no visible field here, for the screen to show elsewhere
     */
    public List<FieldProblem> showProblems(Collection<FieldProblem> problems) {
        Set<String> hidden = schema.hiddenIds(currentValues());
        bindings.values().forEach(Binding::clearProblem);
        List<FieldProblem> unplaced = new ArrayList<>();
        Binding first = null;
        for (FieldProblem problem : problems) {
            Binding binding = bindings.get(problem.field());
            if (binding == null || hidden.contains(binding.field().id())) {
                unplaced.add(problem);
            } else if (!binding.validation().isInvalid()) {
                binding.showProblem(FieldProblems.message(this, problem));
                first = first == null ? binding : first;
            }
        }
        if (first != null && first.component() instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return List.copyOf(unplaced);
    }

    /** Makes every field read-only (or editable again, except those the schema marks read-only). */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        bindings.values().forEach(binding -> binding.value().setReadOnly(readOnly || binding.field().readonly()));
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The input for a key (its id is {@code form-field-<key>}). */
    public Optional<Component> field(String key) {
        return Optional.ofNullable(bindings.get(key)).map(Binding::component);
    }

    private Map<String, Object> currentValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        bindings.forEach((key, binding) -> {
            Object value = binding.read();
            if (value != null) {
                values.put(key, value);
            }
        });
        return values;
    }

    private void updateVisibility() {
        if (!conditional) {
            return;
        }
        Set<String> hidden = schema.hiddenIds(currentValues());
        rendered.forEach((id, component) -> component.setVisible(!hidden.contains(id)));
        for (Binding binding : bindings.values()) {
            if (hidden.contains(binding.field().id())) {
                binding.clearProblem();
            }
        }
    }

    /** After a change, a field marked wrong is checked again, so the message goes as soon as it is put right. */
    private void recheck(Binding changed) {
        if (!changed.validation().isInvalid()) {
            return;
        }
        Optional<FieldProblem> problem = validator.validate(schema, currentValues()).stream()
                .filter(candidate -> candidate.field().equals(changed.field().key())).findFirst();
        if (problem.isEmpty() && !changed.hasUnreadableInput()) {
            changed.clearProblem();
        } else {
            problem.ifPresent(found -> changed.showProblem(FieldProblems.message(this, found)));
        }
    }

    private Component render(FormField component) {
        Component rendering = switch (component.type()) {
            case TEXT -> text(component);
            case GROUP -> group(component);
            case SEPARATOR -> new Hr();
            case SPACER -> spacer();
            case UNSUPPORTED -> unsupported(component);
            default -> input(component);
        };
        rendered.put(component.id(), rendering);
        return rendering;
    }

    private Component text(FormField component) {
        Div text = new Div();
        text.addClassName("pp-form-text");
        SafeMarkdown.render(component.text() == null ? "" : component.text()).forEach(text::add);
        return text;
    }

    private Component group(FormField group) {
        List<Component> children = group.components().stream().map(this::render).toList();
        if (group.label() == null) {
            Div plain = new Div();
            plain.addClassName("pp-form-group");
            children.forEach(plain::add);
            return plain;
        }
        FieldSet fieldSet = new FieldSet(group.label());
        fieldSet.addClassName("pp-form-group");
        children.forEach(fieldSet::add);
        return fieldSet;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("pp-form-spacer");
        return spacer;
    }

    private Component unsupported(FormField component) {
        Paragraph notice = new Paragraph(getTranslation("form.unsupported", component.schemaType()));
        notice.addClassName("pp-form-unsupported");
        return notice;
    }

    private Component input(FormField field) {
        Binding binding = inputs.create(field);
        Component component = binding.component();
        binding.value().addValueChangeListener(change -> {
            updateVisibility();
            recheck(binding);
        });
        bindings.put(field.key(), binding);
        return component;
    }
}
