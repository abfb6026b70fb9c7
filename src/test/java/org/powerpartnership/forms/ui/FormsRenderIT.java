package org.powerpartnership.forms.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSamples;
import org.powerpartnership.forms.FormSamples.Violation;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormSchemas;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every form in the top-level forms/ folder (new ones are covered as soon as they are added), rendered with the
 * application's real translations: each rule of each field, broken with a value derived from the rule, is shown
 * beside that field in words, agrees with the server-side validator, and goes away once put right.
 */
class FormsRenderIT extends KaribuTest {

    private static final Properties MESSAGES = messages();

    @Autowired
    FormValidator validator;

    @TestFactory
    Stream<DynamicNode> every_rule_of_every_form_is_explained_beside_its_field_and_agrees_with_the_server()
            throws IOException {
        return formFiles().map(file -> {
            FormSchema schema = parse(file);
            Stream<DynamicNode> rules = schema.fields().stream()
                    .flatMap(field -> FormSamples.violations(field).stream())
                    .map(violation -> dynamicTest(violation.toString(), () -> checkRule(schema, violation)));
            return dynamicContainer(schema.id(), Stream.concat(
                    Stream.of(dynamicTest("valid sample values pass", () -> checkValidSample(schema))), rules));
        });
    }

    private void checkValidSample(FormSchema schema) {
        CamundaFormRenderer renderer = render(schema);
        renderer.setValues(FormSamples.validValues(schema));
        assertThat(renderer.validate()).isEmpty();
        assertThat(validator.validate(schema, renderer.getValues())).isEmpty();
        for (FormField field : schema.fields()) {
            Component component = renderer.field(field.key()).orElseThrow();
            assertThat(component.getId()).contains("form-field-" + field.key());
            assertThat(((com.vaadin.flow.component.HasLabel) component).getLabel()).isEqualTo(field.label());
        }
        UI.getCurrent().remove(renderer);
    }

    private void checkRule(FormSchema schema, Violation violation) {
        FormField field = violation.field();
        CamundaFormRenderer renderer = render(schema);
        renderer.setValues(FormSamples.revealing(schema, field));
        Component component = renderer.field(field.key()).orElseThrow();
        assertThat(component.isVisible()).as("shown").isTrue();

        type(component, violation.value());
        List<FieldProblem> shown = renderer.validate();

        FieldProblem expected = new FieldProblem(field.key(), violation.messageKey(), violation.args());
        assertThat(shown).containsExactly(expected);
        HasValidation validation = (HasValidation) component;
        assertThat(validation.isInvalid()).as("marked invalid").isTrue();
        assertThat(validation.getErrorMessage()).isEqualTo(english(expected));
        assertThat(validator.validate(schema, renderer.getValues())).containsExactly(expected);
        assertThatThrownBy(() -> FormValues.throwIfInvalid(schema, renderer.getValues()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.problemFor(field.key())).contains(expected));

        type(component, FormSamples.validValue(field));
        assertThat(renderer.validate()).isEmpty();
        assertThat(validation.isInvalid()).as("cleared").isFalse();
        assertThat(validation.getErrorMessage()).isNullOrEmpty();
        assertThat(validator.validate(schema, renderer.getValues())).isEmpty();
        UI.getCurrent().remove(renderer);
    }

    @Test
    void what_a_person_typed_is_still_there_after_a_failed_validation() throws IOException {
        FormSchema schema = parse(Path.of("forms", "early-engagement-brief.form"));
        CamundaFormRenderer renderer = render(schema);
        Map<String, Object> typed = new LinkedHashMap<>(FormSamples.validValues(schema));
        typed.put("title", "x".repeat(201));
        typed.put("issue", "Too short");
        typed.put("participationWindowDays", new BigDecimal("14"));
        typed.put("iap2Level", null);
        typed.forEach((key, value) -> type(renderer.field(key).orElseThrow(), value));
        Map<String, Object> before = componentValues(renderer, schema);

        List<FieldProblem> problems = renderer.validate();

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("title", "issue", "iap2Level", "participationWindowDays");
        assertThat(componentValues(renderer, schema)).isEqualTo(before);
        assertThat(_get(renderer, TextField.class, spec -> spec.withId("form-field-title")).getValue())
                .isEqualTo("x".repeat(201));
        assertThat(_get(renderer, TextArea.class, spec -> spec.withId("form-field-issue")).getValue())
                .isEqualTo("Too short");
        assertThat(_get(renderer, NumberField.class, spec -> spec.withId("form-field-participationWindowDays"))
                .getValue()).isEqualTo(14.0);
    }

    private static Map<String, Object> componentValues(CamundaFormRenderer renderer, FormSchema schema) {
        Map<String, Object> values = new LinkedHashMap<>();
        schema.fields().forEach(field -> values.put(field.key(),
                ((HasValue<?, ?>) renderer.field(field.key()).orElseThrow()).getValue()));
        return values;
    }

    static CamundaFormRenderer render(FormSchema schema) {
        CamundaFormRenderer renderer = new CamundaFormRenderer(schema);
        UI.getCurrent().add(renderer);
        return renderer;
    }

    /** Sets a canonical value the way a person would, through the component (Karibu refuses hidden or read-only). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void type(Component component, Object value) {
        Object componentValue = value;
        if (component instanceof NumberField) {
            componentValue = value == null ? null : ((BigDecimal) value).doubleValue();
        } else if (component instanceof CheckboxGroup<?>) {
            componentValue = new LinkedHashSet<>(value == null ? List.of() : (Collection<?>) value);
        } else if (component instanceof TextField || component instanceof TextArea) {
            componentValue = value == null ? "" : value;
        }
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue((HasValue) component, componentValue);
    }

    /** The message as the English bundle words it: proves the key is translated, not echoed. */
    static String english(FieldProblem problem) {
        String pattern = MESSAGES.getProperty(problem.messageKey());
        assertThat(pattern).as("translation of " + problem.messageKey()).isNotBlank();
        return new MessageFormat(pattern, Locale.ENGLISH).format(problem.args().toArray());
    }

    static Stream<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList().stream();
        }
    }

    static FormSchema parse(Path file) {
        try {
            return FormSchemas.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Properties messages() {
        Properties properties = new Properties();
        try (InputStream in = FormsRenderIT.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }
}
