package org.powerpartnership.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormSchemasTest {

    static String form(String components) {
        return """
                {
                  "id": "test-form",
                  "type": "default",
                  "executionPlatform": "Camunda Platform",
                  "executionPlatformVersion": "7.24.0",
                  "exporter": { "name": "Camunda Modeler", "version": "5.31.0" },
                  "schemaVersion": 16,
                  "components": [%s]
                }
                """.formatted(components);
    }

    @Test
    void a_modeler_form_is_read_with_its_fields_labels_options_and_rules_in_document_order() {
        FormSchema schema = FormSchemas.parse(form("""
                { "id": "Text_Intro", "type": "text", "text": "Hello **there**" },
                { "id": "Field_Name", "key": "name", "type": "textfield", "label": "Your name",
                  "description": "First name is fine", "validate": { "required": true, "minLength": 2, "maxLength": 50,
                  "pattern": "^[A-Za-z ]+$" }, "properties": { "autocomplete": "name" } },
                { "id": "Field_Colour", "key": "colour", "type": "select", "label": "Colour", "searchable": true,
                  "values": [ { "label": "Red", "value": "red" }, { "label": "Blue", "value": "blue" } ],
                  "defaultValue": "blue" },
                { "id": "Field_Count", "key": "count", "type": "number", "label": "Count", "decimalDigits": 0,
                  "validate": { "min": 1, "max": 9.5 } }
                """));

        assertThat(schema.id()).isEqualTo("test-form");
        assertThat(schema.components()).extracting(FormField::id)
                .containsExactly("Text_Intro", "Field_Name", "Field_Colour", "Field_Count");
        assertThat(schema.keys()).containsExactly("name", "colour", "count");
        FormField text = schema.components().get(0);
        assertThat(text.type()).isEqualTo(FieldType.TEXT);
        assertThat(text.key()).isNull();
        assertThat(text.text()).isEqualTo("Hello **there**");

        FormField name = schema.field("name").orElseThrow();
        assertThat(name.type()).isEqualTo(FieldType.TEXTFIELD);
        assertThat(name.label()).isEqualTo("Your name");
        assertThat(name.description()).isEqualTo("First name is fine");
        assertThat(name.rules().required()).isTrue();
        assertThat(name.rules().minLength()).isEqualTo(2);
        assertThat(name.rules().maxLength()).isEqualTo(50);
        assertThat(name.rules().pattern().pattern()).isEqualTo("^[A-Za-z ]+$");
        assertThat(name.property("autocomplete")).contains("name");

        FormField colour = schema.field("colour").orElseThrow();
        assertThat(colour.options()).containsExactly(new FormOption("red", "Red"), new FormOption("blue", "Blue"));
        assertThat(colour.defaultValue()).isEqualTo("blue");
        assertThat(colour.searchable()).isTrue();
        assertThat(colour.optionLabel("red")).isEqualTo("Red");

        FormField count = schema.field("count").orElseThrow();
        assertThat(count.rules().min()).isEqualByComparingTo("1");
        assertThat(count.rules().max()).isEqualByComparingTo(new BigDecimal("9.5"));
        assertThat(count.decimalDigits()).isZero();
    }

    @Test
    void groups_keep_their_children_for_rendering_and_are_flattened_into_fields_with_their_group_path() {
        FormSchema schema = FormSchemas.parse(form("""
                { "id": "Group_Outer", "type": "group", "label": "Outer", "showOutline": true, "components": [
                  { "id": "Field_A", "key": "a", "type": "textfield", "label": "A" },
                  { "id": "Group_Inner", "type": "group", "label": "Inner", "components": [
                    { "id": "Field_B", "key": "b", "type": "checkbox", "label": "B" } ] } ] },
                { "id": "Field_C", "key": "c", "type": "textarea", "label": "C" }
                """));

        assertThat(schema.components()).extracting(FormField::id).containsExactly("Group_Outer", "Field_C");
        FormField outer = schema.components().get(0);
        assertThat(outer.type()).isEqualTo(FieldType.GROUP);
        assertThat(outer.label()).isEqualTo("Outer");
        assertThat(outer.components()).extracting(FormField::id).containsExactly("Field_A", "Group_Inner");
        assertThat(schema.fields()).extracting(FormField::key).containsExactly("a", "b", "c");
        assertThat(schema.field("a").orElseThrow().groupPath()).containsExactly("Group_Outer");
        assertThat(schema.field("b").orElseThrow().groupPath()).containsExactly("Group_Outer", "Group_Inner");
        assertThat(schema.field("c").orElseThrow().groupPath()).isEmpty();
    }

    @Test
    void a_datetime_knows_its_subtype_and_uses_its_date_label_as_its_label() {
        FormSchema schema = FormSchemas.parse(form("""
                { "id": "Field_When", "key": "when", "type": "datetime", "subtype": "date", "dateLabel": "Date",
                  "disallowPassedDates": true, "validate": { "required": true } },
                { "id": "Field_At", "key": "at", "type": "datetime", "subtype": "time", "timeLabel": "Time" },
                { "id": "Field_Both", "key": "both", "type": "datetime", "subtype": "datetime", "dateLabel": "Day",
                  "timeLabel": "Hour" }
                """));

        FormField when = schema.field("when").orElseThrow();
        assertThat(when.subtype()).isEqualTo(DateTimeSubtype.DATE);
        assertThat(when.label()).isEqualTo("Date");
        assertThat(when.disallowPassedDates()).isTrue();
        assertThat(schema.field("at").orElseThrow().label()).isEqualTo("Time");
        assertThat(schema.field("both").orElseThrow().subtype()).isEqualTo(DateTimeSubtype.DATETIME);
        assertThat(schema.field("both").orElseThrow().timeLabel()).isEqualTo("Hour");
    }

    @Test
    void a_component_type_we_do_not_know_is_kept_as_unsupported_and_never_dropped() {
        FormSchema schema = FormSchemas.parse(form("""
                { "id": "Image_Logo", "type": "image", "source": "logo.png" },
                { "id": "Field_Name", "key": "name", "type": "textfield", "label": "Name" }
                """));

        assertThat(schema.components()).extracting(FormField::type)
                .containsExactly(FieldType.UNSUPPORTED, FieldType.TEXTFIELD);
        assertThat(schema.components().get(0).schemaType()).isEqualTo("image");
        assertThat(schema.keys()).containsExactly("name");
    }

    @Test
    void a_keyed_component_of_a_type_we_do_not_know_is_refused_with_its_id_and_type() {
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_Tags", "key": "tags", "type": "taglist", "label": "Tags",
                  "values": [ { "label": "A", "value": "a" } ] }
                """)))
                .isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("test-form").hasMessageContaining("Field_Tags").hasMessageContaining("taglist");
    }

    @Test
    void schemas_we_cannot_honour_are_refused_with_a_clear_reason() {
        assertThatThrownBy(() -> FormSchemas.parse("not json")).isInstanceOf(FormSchemaException.class)
                .hasMessageContaining("JSON");
        assertThatThrownBy(() -> FormSchemas.parse("{\"components\": []}")).hasMessageContaining("needs an id");
        assertThatThrownBy(() -> FormSchemas.parse("{\"id\": \"x\"}")).hasMessageContaining("no components");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "key": "same", "type": "textfield", "label": "A" },
                { "id": "Field_B", "key": "same", "type": "textarea", "label": "B" }
                """))).hasMessageContaining("key same").hasMessageContaining("Field_A").hasMessageContaining("Field_B");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "type": "textfield", "label": "A" }
                """))).hasMessageContaining("Field_A").hasMessageContaining("without a key");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "key": "a", "type": "select", "label": "A", "valuesKey": "choices" }
                """))).hasMessageContaining("valuesKey");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "key": "address.street", "type": "textfield", "label": "A" }
                """))).hasMessageContaining("nested data");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "key": "a", "type": "textfield", "label": "A", "validate": { "pattern": "([a-z" } }
                """))).hasMessageContaining("pattern");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "key": "a", "type": "textfield", "label": "A", "readonly": "=locked" }
                """))).hasMessageContaining("readonly");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Field_A", "key": "a", "type": "number", "label": "A", "defaultValue": "many" }
                """))).hasMessageContaining("defaultValue");
        assertThatThrownBy(() -> FormSchemas.parse(form("""
                { "id": "Group_A", "type": "group", "label": "A", "path": "address", "components": [] }
                """))).hasMessageContaining("path");
    }

    @Test
    void hide_conditions_read_onto_every_kind_of_component() {
        FormSchema schema = FormSchemas.parse(form("""
                { "id": "Field_Decision", "key": "decision", "type": "radio", "label": "Decision",
                  "values": [ { "label": "Approve", "value": "approve" }, { "label": "Return", "value": "return" } ] },
                { "id": "Field_Reasons", "key": "reasons", "type": "textarea", "label": "Reasons",
                  "conditional": { "hide": "=decision != \\"return\\"" } },
                { "id": "Group_More", "type": "group", "label": "More", "conditional": { "hide": "=not(decision)" },
                  "components": [ { "id": "Field_Note", "key": "note", "type": "textfield", "label": "Note" } ] }
                """));

        assertThat(schema.field("reasons").orElseThrow().hide()).isEqualTo("=decision != \"return\"");
        assertThat(schema.hiddenIds(java.util.Map.of()))
                .containsExactlyInAnyOrder("Field_Reasons", "Group_More", "Field_Note");
        assertThat(schema.hiddenIds(java.util.Map.of("decision", "return"))).isEmpty();
        assertThat(schema.hiddenIds(java.util.Map.of("decision", "approve"))).containsExactly("Field_Reasons");
    }

    @Test
    void default_values_are_held_in_their_canonical_types() {
        FormSchema schema = FormSchemas.parse(form("""
                { "id": "Field_N", "key": "n", "type": "number", "label": "N", "defaultValue": 10.50 },
                { "id": "Field_C", "key": "c", "type": "checkbox", "label": "C", "defaultValue": true },
                { "id": "Field_L", "key": "l", "type": "checklist", "label": "L", "defaultValue": ["b", "a"],
                  "values": [ { "label": "A", "value": "a" }, { "label": "B", "value": "b" } ] },
                { "id": "Field_D", "key": "d", "type": "datetime", "subtype": "date", "dateLabel": "D",
                  "defaultValue": "2027-01-31" }
                """));

        assertThat(schema.field("n").orElseThrow().defaultValue()).isEqualTo(new BigDecimal("10.5"));
        assertThat(schema.field("c").orElseThrow().defaultValue()).isEqualTo(true);
        assertThat(schema.field("l").orElseThrow().defaultValue()).isEqualTo(List.of("a", "b"));
        assertThat(schema.field("d").orElseThrow().defaultValue()).isEqualTo(LocalDate.of(2027, 1, 31));
    }
}
