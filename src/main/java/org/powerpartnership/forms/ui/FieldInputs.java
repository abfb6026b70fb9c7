package org.powerpartnership.forms.ui;

import org.powerpartnership.shared.CouncilTime;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
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
import com.vaadin.flow.function.SerializableSupplier;

import org.powerpartnership.forms.DateTimeSubtype;
import org.powerpartnership.forms.FieldRules;
import org.powerpartnership.forms.FieldType;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormOption;
import org.powerpartnership.forms.ValidationType;

/**
 * Makes the Vaadin input for each Camunda Form field type, labelled and limited, so the renderer only arranges them.
 * Texts and the date locale come from the renderer ({@code host}), so they follow the reader's language.
 */
final class FieldInputs implements Serializable {

    private static final String ID_PREFIX = "form-field-";
    /** Text fields that take at most this many characters get a short box. */
    private static final int SHORT_ANSWER = 20;

    private final Component host;
    /** The host's own locale: {@link Component#getLocale()} is protected, so the host hands it over. */
    private final SerializableSupplier<Locale> hostLocale;

    FieldInputs(Component host, SerializableSupplier<Locale> hostLocale) {
        this.host = host;
        this.hostLocale = hostLocale;
    }

    /** The input for a field with its id, label, helper text, required mark, read-only and enabled state set. */
    Binding create(FormField field) {
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
            String atLeastOne = host.getTranslation("form.chooseAtLeastOne");
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
        return binding;
    }

    private Binding textField(FormField field) {
        Optional<Autocomplete> autocomplete = field.property("autocomplete").flatMap(FieldInputs::autocomplete);
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
        combo.setPlaceholder(host.getTranslation("form.choose"));
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
                dateTime.setDateAriaLabel(field.dateLabel() != null ? field.dateLabel() : host.getTranslation("form.date"));
                dateTime.setTimeAriaLabel(field.timeLabel() != null ? field.timeLabel() : host.getTranslation("form.time"));
                if (field.disallowPassedDates()) {
                    dateTime.setMin(LocalDate.now(CouncilTime.zone()).atStartOfDay());
                }
                return new Binding(field, dateTime, dateTime::getValue,
                        value -> dateTime.setValue((LocalDateTime) value));
            }
            default -> {
                ReadableDatePicker date = new ReadableDatePicker();
                date.setLocale(locale);
                if (field.disallowPassedDates()) {
                    date.setMin(LocalDate.now(CouncilTime.zone()));
                }
                return new Binding(field, date, date::getValue, value -> date.setValue((LocalDate) value),
                        date::hasUnreadableInput);
            }
        }
    }

    /** The reader's language, with British dates (day first) when the browser named no country. */
    private Locale dateLocale() {
        Locale locale = hostLocale.get();
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
