package org.powerpartnership.forms.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.timepicker.TimePicker;

import org.powerpartnership.forms.DateTimeSubtype;
import org.powerpartnership.forms.FieldRules;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormOption;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.forms.ValidationType;
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

    private static final String ID_PREFIX = "form-field-";
    /** Text fields that take at most this many characters get a short box. */
    private static final int SHORT_ANSWER = 20;

    private final FormSchema schema;
    private final transient FormValidator validator;
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
        Binding binding = switch (field.type()) {
            case TEXTFIELD -> textField(field);
            case TEXTAREA -> textArea(field);
            case NUMBER -> number(field);
            case SELECT -> comboBox(field);
            case RADIO -> radio(field);
            case CHECKBOX -> checkbox(field);
            case CHECKLIST -> checklist(field);
            case DATETIME -> dateTime(field);
            default -> throw new IllegalStateException("Not an input: " + field.type());
        };
        Component component = binding.component();
        InputField<?, ?> input = (InputField<?, ?>) component;
        component.setId(ID_PREFIX + field.key());
        input.setLabel(field.label() == null ? field.key() : field.label());
        String helper = field.description();
        if (field.required() && field.type() == FieldType.CHECKLIST) {
            // A group of checkboxes has role=group, which may not carry aria-required (axe-core: critical).
            // The requirement is said in words, and the usual mark is drawn by the theme (pp-form-required).
            String atLeastOne = getTranslation("form.chooseAtLeastOne");
            helper = helper == null ? atLeastOne : helper + " " + atLeastOne;
            component.getElement().getClassList().add("pp-form-required");
        } else {
            binding.value().setRequiredIndicatorVisible(field.required());
        }
        if (helper != null) {
            input.setHelperText(helper);
        }
        binding.value().setReadOnly(field.readonly());
        input.setEnabled(!field.disabled());
        binding.validation().setManualValidation(true);
        component.getElement().getClassList().add("pp-form-field");
        binding.value().addValueChangeListener(change -> {
            updateVisibility();
            recheck(binding);
        });
        bindings.put(field.key(), binding);
        return component;
    }

    private Binding textField(FormField field) {
        Optional<Autocomplete> autocomplete = field.property("autocomplete").flatMap(CamundaFormRenderer::autocomplete);
        if (field.rules().validationType() == ValidationType.EMAIL) {
            EmailField email = new EmailField();
            limits(email, field.rules());
            email.setAutocomplete(autocomplete.orElse(Autocomplete.EMAIL));
            email.addClassName("pp-form-wide");
            return new Binding(field, email, email::getValue,
                    value -> email.setValue(value == null ? "" : (String) value));
        }
        TextField text = new TextField();
        limits(text, field.rules());
        if (field.rules().validationType() == ValidationType.PHONE) {
            text.setAutocomplete(Autocomplete.TEL);
        }
        autocomplete.ifPresent(text::setAutocomplete);
        boolean shortAnswer = field.rules().maxLength() != null && field.rules().maxLength() <= SHORT_ANSWER;
        text.addClassName(shortAnswer ? "pp-form-short" : "pp-form-wide");
        return new Binding(field, text, text::getValue, value -> text.setValue(value == null ? "" : (String) value));
    }

    private Binding textArea(FormField field) {
        TextArea area = new TextArea();
        limits(area, field.rules());
        area.addClassName("pp-form-wide");
        return new Binding(field, area, area::getValue, value -> area.setValue(value == null ? "" : (String) value));
    }

    private static void limits(TextFieldBase<?, String> text, FieldRules rules) {
        if (rules.maxLength() != null) {
            text.getElement().setProperty("maxlength", rules.maxLength());
        }
        if (rules.minLength() != null) {
            text.getElement().setProperty("minlength", rules.minLength());
        }
    }

    private Binding number(FormField field) {
        NumberField number = new NumberField();
        if (field.rules().min() != null) {
            number.setMin(field.rules().min().doubleValue());
        }
        if (field.rules().max() != null) {
            number.setMax(field.rules().max().doubleValue());
        }
        if (field.decimalDigits() != null && field.decimalDigits() == 0) {
            number.setStep(1);
        }
        return new Binding(field, number, number::getValue,
                value -> number.setValue(value == null ? null : ((BigDecimal) value).doubleValue()));
    }

    private Binding comboBox(FormField field) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setItems(values(field));
        combo.setItemLabelGenerator(field::optionLabel);
        combo.setAllowCustomValue(false);
        combo.setPlaceholder(getTranslation("form.choose"));
        combo.setClearButtonVisible(!field.required());
        combo.addClassName("pp-form-wide");
        return new Binding(field, combo, combo::getValue, value -> combo.setValue(option(field, value)));
    }

    private Binding radio(FormField field) {
        RadioButtonGroup<String> radio = new RadioButtonGroup<>();
        radio.setItems(values(field));
        radio.setItemLabelGenerator(field::optionLabel);
        radio.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        return new Binding(field, radio, radio::getValue, value -> radio.setValue(option(field, value)));
    }

    private Binding checkbox(FormField field) {
        Checkbox checkbox = new Checkbox();
        return new Binding(field, checkbox, checkbox::getValue, value -> checkbox.setValue(Boolean.TRUE.equals(value)));
    }

    private Binding checklist(FormField field) {
        CheckboxGroup<String> group = new CheckboxGroup<>();
        group.setItems(values(field));
        group.setItemLabelGenerator(field::optionLabel);
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        return new Binding(field, group, () -> {
            List<String> chosen = new ArrayList<>();
            values(field).stream().filter(group.getValue()::contains).forEach(chosen::add);
            return chosen;
        }, value -> {
            Set<String> chosen = new LinkedHashSet<>();
            if (value instanceof Collection<?> items) {
                items.stream().map(String::valueOf).filter(item -> field.option(item).isPresent()).forEach(chosen::add);
            }
            group.setValue(chosen);
        });
    }

    private Binding dateTime(FormField field) {
        Locale locale = dateLocale();
        DateTimeSubtype subtype = field.subtype() == null ? DateTimeSubtype.DATE : field.subtype();
        switch (subtype) {
            case TIME -> {
                ReadableTimePicker time = new ReadableTimePicker();
                time.setLocale(locale);
                return new Binding(field, time, time::getValue, value -> time.setValue((LocalTime) value),
                        time::hasUnreadableInput);
            }
            case DATETIME -> {
                DateTimePicker dateTime = new DateTimePicker();
                dateTime.setLocale(locale);
                dateTime.setDateAriaLabel(field.dateLabel() != null ? field.dateLabel() : getTranslation("form.date"));
                dateTime.setTimeAriaLabel(field.timeLabel() != null ? field.timeLabel() : getTranslation("form.time"));
                if (field.disallowPassedDates()) {
                    dateTime.setMin(LocalDate.now().atStartOfDay());
                }
                return new Binding(field, dateTime, dateTime::getValue,
                        value -> dateTime.setValue((LocalDateTime) value));
            }
            default -> {
                ReadableDatePicker date = new ReadableDatePicker();
                date.setLocale(locale);
                if (field.disallowPassedDates()) {
                    date.setMin(LocalDate.now());
                }
                return new Binding(field, date, date::getValue, value -> date.setValue((LocalDate) value),
                        date::hasUnreadableInput);
            }
        }
    }

    /** The reader's language, with British dates (day first) when the browser named no country. */
    private Locale dateLocale() {
        Locale locale = getLocale();
        return locale == null || locale.getCountry().isEmpty()
                ? new Locale(locale == null ? "en" : locale.getLanguage(), "GB") : locale;
    }

    private static List<String> values(FormField field) {
        return field.options().stream().map(FormOption::value).toList();
    }

    private static String option(FormField field, Object value) {
        return value instanceof String text && field.option(text).isPresent() ? text : null;
    }

    private static Optional<Autocomplete> autocomplete(String written) {
        try {
            return Optional.of(Autocomplete.valueOf(written.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** One input and how to read and write its value. */
    private static final class Binding {

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

    /** A date picker that can tell whether the person typed something that is not a date. */
    static final class ReadableDatePicker extends DatePicker {
        boolean hasUnreadableInput() {
            return isInputUnparsable();
        }
    }

    /** A time picker that can tell whether the person typed something that is not a time. */
    static final class ReadableTimePicker extends TimePicker {
        boolean hasUnreadableInput() {
            return isInputUnparsable();
        }
    }
}
