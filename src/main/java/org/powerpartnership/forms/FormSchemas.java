package org.powerpartnership.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads Camunda Forms (form-js schema, as Camunda Modeler 5 writes them). What we cannot honour is refused with a
 * message naming the form and component ({@link FormSchemaException}): a keyed component of a type we do not
 * know, options from variables ({@code valuesKey}, {@code valuesExpression}), nested data ({@code path}, dotted
 * keys), FEEL in {@code readonly}/{@code disabled} or in rules. A component type we do not know that holds no
 * value is kept as {@link FieldType#UNSUPPORTED} and shown as a notice.
 */
public final class FormSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SIMPLE_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    private FormSchemas() {
    }

    /** Parses one form file's JSON. */
    public static FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException notJson) {
            throw new FormSchemaException("This is not a form: the JSON cannot be read (" + notJson.getOriginalMessage()
                    + ")", notJson);
        }
        if (root == null || !root.isObject()) {
            throw new FormSchemaException("This is not a form: a form is a JSON object");
        }
        String id = text(root, "id").orElseThrow(() -> new FormSchemaException("A form needs an id"));
        Optional<String> type = text(root, "type");
        if (type.isPresent() && !type.get().equals("default")) {
            throw new FormSchemaException("Form " + id + ": type " + type.get() + " is not a form (expected default)");
        }
        JsonNode components = root.get("components");
        if (components == null || !components.isArray()) {
            throw new FormSchemaException("Form " + id + " has no components list");
        }
        return new FormSchema(id, new Reader(id).components(components, List.of()));
    }

    private static final class Reader {

        private final String formId;
        private int anonymous;

        Reader(String formId) {
            this.formId = formId;
        }

        List<FormField> components(JsonNode array, List<String> groupPath) {
            List<FormField> components = new ArrayList<>();
            for (JsonNode node : array) {
                if (!node.isObject()) {
                    throw problem("(unnamed)", "every component must be a JSON object");
                }
                components.add(component(node, groupPath));
            }
            return components;
        }

        private FormField component(JsonNode node, List<String> groupPath) {
            String id = text(node, "id").orElseGet(() -> "Component_" + (++anonymous));
            String schemaType = text(node, "type").orElseThrow(() -> problem(id, "has no type"));
            FieldType type = FieldType.fromSchemaName(schemaType).orElse(FieldType.UNSUPPORTED);
            String key = text(node, "key").orElse(null);
            if (type == FieldType.UNSUPPORTED && (key != null || text(node, "path").isPresent())) {
                throw problem(id, "holds a value (" + (key != null ? "key " + key : "path") + ") but its type "
                        + schemaType + " is not supported here");
            }
            if (type.keyed()) {
                if (key == null) {
                    throw problem(id, "is a " + schemaType + " without a key");
                }
                if (!SIMPLE_KEY.matcher(key).matches()) {
                    throw problem(id, "has the key " + key + ": keys must be simple names (letters, digits, _);"
                            + " nested data is not supported");
                }
            } else {
                key = null;
            }
            if (type == FieldType.GROUP && text(node, "path").isPresent()) {
                throw problem(id, "has a path: groups that nest their data are not supported");
            }
            List<FormOption> options = type.hasOptions() ? options(id, node) : List.of();
            FieldRules rules = type.keyed() ? rules(id, type, node.get("validate")) : FieldRules.NONE;
            DateTimeSubtype subtype = null;
            if (type == FieldType.DATETIME) {
                String written = text(node, "subtype").orElse("date");
                subtype = DateTimeSubtype.fromSchemaName(written)
                        .orElseThrow(() -> problem(id, "has an unknown datetime subtype " + written));
            }
            String dateLabel = text(node, "dateLabel").orElse(null);
            String timeLabel = text(node, "timeLabel").orElse(null);
            String label = text(node, "label").orElse(subtype == DateTimeSubtype.TIME ? timeLabel : dateLabel);
            String hide = hide(id, node);
            List<String> childPath = new ArrayList<>(groupPath);
            childPath.add(id);
            List<FormField> children = List.of();
            if (type == FieldType.GROUP) {
                JsonNode nested = node.get("components");
                children = nested != null && nested.isArray() ? components(nested, childPath) : List.of();
            }
            FormField draft = new FormField(id, type, schemaType, key, label, text(node, "description").orElse(null),
                    null, options, rules, flag(id, node, "readonly"), flag(id, node, "disabled"), hide, subtype,
                    dateLabel, timeLabel, node.path("disallowPassedDates").asBoolean(false),
                    integer(id, node, "decimalDigits"), node.path("searchable").asBoolean(false),
                    type == FieldType.TEXT ? text(node, "text").orElse("") : null, properties(node), groupPath,
                    children);
            if (type.keyed() && node.hasNonNull("defaultValue")) {
                return withDefault(draft, node.get("defaultValue"));
            }
            return draft;
        }

        private FormField withDefault(FormField field, JsonNode node) {
            Object raw = node.isArray() ? JSON.convertValue(node, List.class)
                    : node.isNumber() ? node.decimalValue() : node.isBoolean() ? node.booleanValue() : node.asText();
            Object value;
            try {
                value = FormValues.canonical(field, raw);
            } catch (FormValues.UnreadableValueException unreadable) {
                throw problem(field.id(), "has a defaultValue that is not a " + field.schemaType());
            }
            return new FormField(field.id(), field.type(), field.schemaType(), field.key(), field.label(),
                    field.description(), value, field.options(), field.rules(), field.readonly(), field.disabled(),
                    field.hide(), field.subtype(), field.dateLabel(), field.timeLabel(), field.disallowPassedDates(),
                    field.decimalDigits(), field.searchable(), field.text(), field.properties(), field.groupPath(),
                    field.components());
        }

        private List<FormOption> options(String id, JsonNode node) {
            if (node.has("valuesKey") || node.has("valuesExpression")) {
                throw problem(id, "takes its options from data (valuesKey/valuesExpression): list them in values");
            }
            JsonNode values = node.get("values");
            if (values == null || !values.isArray() || values.isEmpty()) {
                throw problem(id, "offers no options (values)");
            }
            List<FormOption> options = new ArrayList<>();
            for (JsonNode value : values) {
                String optionValue = text(value, "value")
                        .orElseThrow(() -> problem(id, "has an option without a value"));
                if (options.stream().anyMatch(option -> option.value().equals(optionValue))) {
                    throw problem(id, "offers the option " + optionValue + " twice");
                }
                options.add(new FormOption(optionValue, text(value, "label").orElse(optionValue)));
            }
            return options;
        }

        private FieldRules rules(String id, FieldType type, JsonNode validate) {
            if (validate == null || validate.isNull()) {
                return FieldRules.NONE;
            }
            if (!validate.isObject()) {
                throw problem(id, "has a validate entry that is not an object");
            }
            Pattern pattern = null;
            Optional<String> written = text(validate, "pattern");
            if (written.isPresent()) {
                try {
                    pattern = Pattern.compile(written.get());
                } catch (PatternSyntaxException broken) {
                    throw problem(id, "has a pattern that is not a regular expression: " + broken.getDescription());
                }
            }
            ValidationType validationType = switch (text(validate, "validationType").orElse("")) {
                case "" , "custom" -> null;
                case "email" -> ValidationType.EMAIL;
                case "phone" -> ValidationType.PHONE;
                default -> throw problem(id, "has an unknown validationType " + validate.get("validationType"));
            };
            Integer minLength = integer(id, validate, "minLength");
            Integer maxLength = integer(id, validate, "maxLength");
            BigDecimal min = decimal(id, validate, "min");
            BigDecimal max = decimal(id, validate, "max");
            boolean textual = type == FieldType.TEXTFIELD || type == FieldType.TEXTAREA;
            if (!textual && (minLength != null || maxLength != null || pattern != null || validationType != null)) {
                throw problem(id, "has text rules (lengths, pattern, validationType) but is a " + type.schemaName());
            }
            if (type != FieldType.NUMBER && (min != null || max != null)) {
                throw problem(id, "has min/max but is not a number");
            }
            if (minLength != null && maxLength != null && minLength > maxLength
                    || min != null && max != null && min.compareTo(max) > 0) {
                throw problem(id, "has a minimum above its maximum");
            }
            return new FieldRules(flag(id, validate, "required"), minLength, maxLength, min, max, pattern,
                    validationType);
        }

        private String hide(String id, JsonNode node) {
            JsonNode conditional = node.get("conditional");
            if (conditional == null || conditional.isNull()) {
                return null;
            }
            JsonNode hide = conditional.get("hide");
            if (hide == null || hide.isNull()) {
                return null;
            }
            if (hide.isBoolean()) {
                return hide.booleanValue() ? "=true" : null;
            }
            if (!hide.isTextual()) {
                throw problem(id, "has a conditional.hide that is not an expression");
            }
            return hide.asText().isBlank() ? null : hide.asText();
        }

        private boolean flag(String id, JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                throw problem(id, "has " + name + " " + value + ": only true or false is supported here");
            }
            return value.booleanValue();
        }

        private Integer integer(String id, JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
                throw problem(id, "has " + name + " " + value + ": expected a whole number");
            }
            return value.intValue();
        }

        private BigDecimal decimal(String id, JsonNode node, String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber()) {
                throw problem(id, "has " + name + " " + value + ": expected a number");
            }
            return value.decimalValue();
        }

        private Map<String, String> properties(JsonNode node) {
            JsonNode properties = node.get("properties");
            Map<String, String> read = new LinkedHashMap<>();
            if (properties != null && properties.isObject()) {
                properties.fields().forEachRemaining(entry -> read.put(entry.getKey(), entry.getValue().asText()));
            }
            return read;
        }

        private FormSchemaException problem(String componentId, String what) {
            return new FormSchemaException("Form " + formId + ": component " + componentId + " " + what);
        }
    }

    private static Optional<String> text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.asText();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
