package org.powerpartnership.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.powerpartnership.forms.FormSchemasTest.form;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.OneLineText;

class FormValidatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-10T12:00:00Z"), ZoneId.of("Europe/London"));
    private final FormValidator validator = new FormValidator(CLOCK);

    private static final FormSchema SCHEMA = FormSchemas.parse(form("""
            { "id": "Field_Title", "key": "title", "type": "textfield", "label": "Title",
              "validate": { "required": true, "minLength": 5, "maxLength": 10 } },
            { "id": "Field_Notes", "key": "notes", "type": "textarea", "label": "Notes", "validate": { "minLength": 3 } },
            { "id": "Field_Postcode", "key": "postcode", "type": "textfield", "label": "Postcode",
              "description": "For example, LS1 4AB.",
              "validate": { "pattern": "^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$" } },
            { "id": "Field_Code", "key": "code", "type": "textfield", "label": "Code", "validate": { "pattern": "[0-9]+" } },
            { "id": "Field_Email", "key": "email", "type": "textfield", "label": "Email",
              "validate": { "validationType": "email" } },
            { "id": "Field_Phone", "key": "phone", "type": "textfield", "label": "Phone",
              "validate": { "validationType": "phone" } },
            { "id": "Field_Days", "key": "days", "type": "number", "label": "Days", "decimalDigits": 0,
              "validate": { "required": true, "min": 28, "max": 180 } },
            { "id": "Field_Budget", "key": "budget", "type": "number", "label": "Budget", "decimalDigits": 2,
              "validate": { "min": 0 } },
            { "id": "Field_Level", "key": "level", "type": "select", "label": "Level", "validate": { "required": true },
              "values": [ { "label": "Inform", "value": "inform" }, { "label": "Consult", "value": "consult" } ] },
            { "id": "Field_Vote", "key": "vote", "type": "radio", "label": "Vote",
              "values": [ { "label": "Yes", "value": "yes" }, { "label": "No", "value": "no" } ] },
            { "id": "Field_Methods", "key": "methods", "type": "checklist", "label": "Methods",
              "validate": { "required": true },
              "values": [ { "label": "Survey", "value": "survey" }, { "label": "Workshop", "value": "workshop" } ] },
            { "id": "Field_Read", "key": "read", "type": "checkbox", "label": "I have read it",
              "validate": { "required": true } },
            { "id": "Field_DecideBy", "key": "decideBy", "type": "datetime", "subtype": "date", "dateLabel": "By",
              "disallowPassedDates": true },
            { "id": "Field_At", "key": "at", "type": "datetime", "subtype": "time", "timeLabel": "At" },
            { "id": "Field_Locked", "key": "locked", "type": "textfield", "label": "Locked", "readonly": true,
              "validate": { "required": true } }
            """));

    static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("title", "A title");
        values.put("days", 28);
        values.put("level", "consult");
        values.put("methods", List.of("workshop"));
        values.put("read", true);
        return values;
    }

    private List<FieldProblem> problemsWith(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        return validator.validate(SCHEMA, values);
    }

    private void assertProblem(String key, Object value, String messageKey, Object... args) {
        assertThat(problemsWith(key, value)).containsExactly(FieldProblem.of(key, messageKey, args));
    }

    private void assertFine(String key, Object value) {
        assertThat(problemsWith(key, value)).isEmpty();
    }

    @Test
    void valid_values_have_no_problems() {
        assertThat(validator.validate(SCHEMA, valid())).isEmpty();
    }

    @Nested
    class Required {

        @Test
        void null_blank_text_an_empty_list_and_an_unticked_box_all_count_as_missing() {
            assertProblem("title", null, "form.required");
            assertProblem("title", "   ", "form.required");
            assertProblem("days", "", "form.required");
            assertProblem("level", null, "form.requiredChoice");
            assertProblem("methods", List.of(), "form.requiredChoice");
            assertProblem("read", false, "form.requiredTick");
            assertProblem("read", "false", "form.requiredTick");
            Map<String, Object> values = valid();
            values.remove("read");
            assertThat(validator.validate(SCHEMA, values)).containsExactly(FieldProblem.of("read", "form.requiredTick"));
        }

        @Test
        void every_problem_comes_back_at_once_in_the_order_of_the_form() {
            assertThat(validator.validate(SCHEMA, Map.of())).extracting(FieldProblem::field)
                    .containsExactly("title", "days", "level", "methods", "read");
        }

        @Test
        void read_only_fields_are_not_checked_because_nobody_could_put_them_right() {
            assertThat(validator.validate(SCHEMA, valid())).noneMatch(problem -> problem.field().equals("locked"));
        }
    }

    @Nested
    class Lengths {

        @Test
        void lengths_count_the_trimmed_text() {
            assertProblem("title", "abcd", "form.minLength", 5, 4);
            assertProblem("title", "  abcd    ", "form.minLength", 5, 4);
            assertFine("title", "abcde");
            assertFine("title", "  abcdefghij  ");
            assertProblem("title", "abcdefghijk", "form.maxLength", 10, 11);
        }

        @Test
        void an_optional_field_left_empty_is_not_held_to_its_minimum_length() {
            assertFine("notes", "");
            assertFine("notes", null);
            assertProblem("notes", "ab", "form.minLength", 3, 2);
        }
    }

    @Nested
    class Formats {

        @Test
        void a_pattern_must_match_the_whole_text_and_the_message_carries_the_fields_description() {
            assertFine("postcode", "LS1 4AB");
            assertFine("postcode", "sw1a1aa");
            assertProblem("postcode", "LS1 4AB please", "form.pattern", "For example, LS1 4AB.");
            assertProblem("code", "12a", "form.patternUnexplained");
            assertFine("code", "123");
        }

        @Test
        void email_and_phone_are_checked_by_their_validation_type() {
            assertFine("email", "name.surname+tag@example.org");
            assertProblem("email", "name@", "form.email");
            assertProblem("email", "name example.org", "form.email");
            assertFine("phone", "0113 496 0000");
            assertFine("phone", "+44 (0)113 496-0000");
            assertProblem("phone", "call me", "form.phone");
            assertProblem("phone", "12 34", "form.phone");
        }
    }

    @Nested
    class Numbers {

        @Test
        void numbers_are_held_to_min_and_max_whether_they_come_as_numbers_or_text() {
            assertProblem("days", 27, "form.min", new BigDecimal("28"));
            assertProblem("days", "27", "form.min", new BigDecimal("28"));
            assertFine("days", "28");
            assertFine("days", 180.0);
            assertProblem("days", new BigDecimal("181"), "form.max", new BigDecimal("180"));
            assertProblem("budget", -0.01, "form.min", new BigDecimal("0"));
        }

        @Test
        void text_that_is_not_a_number_and_decimals_beyond_decimal_digits_are_refused() {
            assertProblem("days", "lots", "form.notANumber");
            assertProblem("days", Double.NaN, "form.notANumber");
            assertProblem("days", "30.5", "form.wholeNumber");
            assertFine("days", "30.0");
            assertProblem("budget", "10.123", "form.decimalDigits", 2);
            assertFine("budget", "1,250.50");
        }
    }

    @Nested
    class Options {

        @Test
        void a_select_radio_or_checklist_value_must_be_one_of_its_options() {
            assertProblem("level", "empower", "form.notAnOption");
            assertProblem("vote", "maybe", "form.notAnOption");
            assertFine("vote", "no");
            assertProblem("methods", List.of("survey", "séance"), "form.notAnOption");
            assertFine("methods", new LinkedHashSet<>(List.of("workshop", "survey")));
            assertProblem("read", "perhaps", "form.notAnOption");
        }
    }

    @Nested
    class Dates {

        @Test
        void dates_and_times_are_read_from_iso_text_or_java_types() {
            assertFine("decideBy", "2027-03-10");
            assertFine("decideBy", LocalDate.of(2027, 12, 1));
            assertProblem("decideBy", "10/03/2027", "form.notADate");
            assertProblem("decideBy", "2027-02-30", "form.notADate");
            assertFine("at", "14:30");
            assertFine("at", LocalTime.NOON);
            assertProblem("at", "half past two", "form.notATime");
        }

        @Test
        void a_date_before_today_is_refused_when_passed_dates_are_not_allowed() {
            assertProblem("decideBy", "2027-03-09", "form.pastDate");
        }
    }

    @Nested
    class HiddenFields {

        private final FormSchema vote = FormSchemas.parse(form("""
                { "id": "Field_Decision", "key": "decision", "type": "radio", "label": "Decision",
                  "validate": { "required": true },
                  "values": [ { "label": "Approve", "value": "approve" }, { "label": "Return", "value": "return" } ] },
                { "id": "Field_Reasons", "key": "reasons", "type": "textarea", "label": "Reasons",
                  "validate": { "required": true, "minLength": 30 },
                  "conditional": { "hide": "=decision != \\"return\\"" } },
                { "id": "Group_Extra", "type": "group", "label": "Extra", "conditional": { "hide": "=decision = \\"approve\\"" },
                  "components": [ { "id": "Field_Why", "key": "why", "type": "textfield", "label": "Why",
                    "validate": { "required": true } } ] }
                """));

        @Test
        void a_field_hidden_by_its_condition_is_not_validated() {
            assertThat(validator.validate(vote, Map.of("decision", "approve"))).isEmpty();
            assertThat(validator.validate(vote, Map.of("decision", "return", "why", "x")))
                    .containsExactly(FieldProblem.of("reasons", "form.required"));
            assertThat(validator.validate(vote, Map.of("decision", "return", "reasons", "too short", "why", "x")))
                    .containsExactly(FieldProblem.of("reasons", "form.minLength", 30, 9));
        }

        @Test
        void the_children_of_a_hidden_group_are_hidden_too() {
            assertThat(validator.validate(vote, Map.of("decision", "approve", "why", ""))).isEmpty();
            assertThat(validator.validate(vote, Map.of())).extracting(FieldProblem::field)
                    .containsExactly("decision", "why");
        }
    }

    @Nested
    class Conditions {

        @Test
        void the_supported_subset_of_feel() {
            assertThat(HideConditions.hides("=decision = \"return\"", Map.of("decision", "return"))).isTrue();
            assertThat(HideConditions.hides("=decision = \"return\"", Map.of())).isFalse();
            assertThat(HideConditions.hides("=decision != \"return\"", Map.of())).isTrue();
            assertThat(HideConditions.hides("= decision!=\"return\" ", Map.of("decision", "return"))).isFalse();
            assertThat(HideConditions.hides("=agreed", Map.of("agreed", true))).isTrue();
            assertThat(HideConditions.hides("=agreed", Map.of("agreed", false))).isFalse();
            assertThat(HideConditions.hides("=agreed", Map.of("agreed", "some text"))).isTrue();
            assertThat(HideConditions.hides("=agreed", Map.of("agreed", List.of()))).isFalse();
            assertThat(HideConditions.hides("=agreed", Map.of())).isFalse();
            assertThat(HideConditions.hides("=not(agreed)", Map.of())).isTrue();
            assertThat(HideConditions.hides("=not( agreed )", Map.of("agreed", true))).isFalse();
            assertThat(HideConditions.hides("=agreed = true", Map.of("agreed", true))).isTrue();
            assertThat(HideConditions.hides("=agreed = false", Map.of("agreed", false))).isTrue();
            assertThat(HideConditions.hides("=agreed = false", Map.of("agreed", true))).isFalse();
            assertThat(HideConditions.hides("=agreed != true", Map.of())).isTrue();
            assertThat(HideConditions.hides("=true", Map.of())).isTrue();
            assertThat(HideConditions.hides(null, Map.of())).isFalse();
        }

        @Test
        void anything_else_leaves_the_component_visible() {
            assertThat(HideConditions.isSupported("=count > 3")).isFalse();
            assertThat(HideConditions.hides("=count > 3", Map.of("count", 5))).isFalse();
            assertThat(HideConditions.hides("=a = \"x\" and b = \"y\"", Map.of("a", "x", "b", "y"))).isFalse();
            assertThat(HideConditions.hides("decision", Map.of("decision", "x"))).isFalse();
        }

        @Test
        void a_checkbox_written_as_text_is_read_as_the_checkbox_it_is() {
            FormSchema schema = FormSchemas.parse(form("""
                    { "id": "Field_Other", "key": "other", "type": "checkbox", "label": "Other" },
                    { "id": "Field_Detail", "key": "detail", "type": "textfield", "label": "Detail",
                      "conditional": { "hide": "=not(other)" } }
                    """));
            assertThat(schema.hiddenIds(Map.of("other", "false"))).containsExactly("Field_Detail");
            assertThat(schema.hiddenIds(Map.of("other", "true"))).isEmpty();
        }

        @Test
        void a_field_hidden_in_turn_by_a_hidden_field_is_hidden_whether_or_not_the_hidden_value_was_sent() {
            FormSchema schema = FormSchemas.parse(form("""
                    { "id": "Field_A", "key": "a", "type": "checkbox", "label": "A" },
                    { "id": "Field_B", "key": "b", "type": "checkbox", "label": "B", "conditional": { "hide": "=not(a)" } },
                    { "id": "Field_C", "key": "c", "type": "textfield", "label": "C", "conditional": { "hide": "=not(b)" } }
                    """));
            assertThat(schema.hiddenIds(Map.of("a", false, "b", true))).containsExactlyInAnyOrder("Field_B", "Field_C");
            assertThat(schema.hiddenIds(Map.of("a", true, "b", true))).isEmpty();
        }
    }

    @Nested
    class Values {

        @Test
        void values_are_coerced_to_their_canonical_types_and_unknown_and_hidden_keys_are_dropped() {
            FormSchema schema = FormSchemas.parse(form("""
                    { "id": "Field_T", "key": "t", "type": "textfield", "label": "T" },
                    { "id": "Field_N", "key": "n", "type": "number", "label": "N" },
                    { "id": "Field_B", "key": "b", "type": "checkbox", "label": "B" },
                    { "id": "Field_L", "key": "l", "type": "checklist", "label": "L",
                      "values": [ { "label": "A", "value": "a" }, { "label": "B", "value": "b" } ] },
                    { "id": "Field_D", "key": "d", "type": "datetime", "subtype": "date", "dateLabel": "D" },
                    { "id": "Field_DT", "key": "dt", "type": "datetime", "subtype": "datetime", "dateLabel": "DT" },
                    { "id": "Field_H", "key": "h", "type": "textfield", "label": "H", "conditional": { "hide": "=not(b)" } }
                    """));
            Map<String, Object> submitted = new HashMap<>();
            submitted.put("t", "  hello  ");
            submitted.put("n", "12.50");
            submitted.put("l", List.of("b", "a"));
            submitted.put("d", "2027-01-31");
            submitted.put("dt", "2027-01-31T09:15");
            submitted.put("h", "hidden value");
            submitted.put("isAdmin", true);

            Map<String, Object> canonical = FormValues.canonical(schema, submitted);

            assertThat(canonical).containsExactly(Map.entry("t", "hello"), Map.entry("n", new BigDecimal("12.5")),
                    Map.entry("b", false), Map.entry("l", List.of("a", "b")),
                    Map.entry("d", LocalDate.of(2027, 1, 31)), Map.entry("dt", LocalDateTime.of(2027, 1, 31, 9, 15)));
            assertThat(FormValues.withoutUnknownKeys(schema, submitted)).doesNotContainKey("isAdmin").containsKey("h");
            assertThat(FormValues.canonical(schema.field("n").orElseThrow(), 3)).isEqualTo(new BigDecimal("3"));
            assertThat(FormValues.canonical(schema.field("n").orElseThrow(), 2.5e7)).isEqualTo(new BigDecimal("25000000"));
            assertThat(FormValues.canonical(schema.field("t").orElseThrow(), "   ")).isNull();
        }

        @Test
        void throw_if_invalid_raises_every_problem_and_otherwise_returns_only_what_the_form_asks_for() {
            Map<String, Object> values = valid();
            values.put("title", "");
            values.put("days", 5);
            assertThatThrownBy(() -> FormValues.throwIfInvalid(SCHEMA, values))
                    .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.problems())
                            .containsExactly(FieldProblem.of("title", "form.required"),
                                    FieldProblem.of("days", "form.min", new BigDecimal("28"))));

            Map<String, Object> fine = valid();
            fine.put("sneaky", "x");
            assertThat(validator.requireValid(SCHEMA, fine)).doesNotContainKey("sneaky")
                    .containsEntry("days", new BigDecimal("28")).containsEntry("read", true);
        }
    }

    @Nested
    class OneLine {

        @Test
        void a_one_line_field_refuses_line_breaks_and_other_control_characters() {
            assertProblem("title", "Park\r\nBcc: all@example.org", OneLineText.MESSAGE_KEY);
            assertProblem("title", "Park\nlife", OneLineText.MESSAGE_KEY);
            assertProblem("title", "Park\tlife", OneLineText.MESSAGE_KEY);
            assertProblem("title", "Park\u0007life", OneLineText.MESSAGE_KEY);
            assertFine("title", "Parks café");
        }

        @Test
        void a_long_text_keeps_its_line_breaks() {
            assertFine("notes", "First line.\r\nSecond line.");
        }
    }
}
