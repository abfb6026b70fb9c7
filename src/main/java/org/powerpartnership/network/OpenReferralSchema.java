package org.powerpartnership.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import org.powerpartnership.shared.FieldProblem;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Open Referral UK schema of one organisation (with its services, locations, contacts and attributes), as
 * published by the standard (src/main/resources/open-referral-uk, with its licence). Every record we publish and
 * every record we are given is checked against it; its problems come back in our own words, keyed for translation.
 */
@Component
class OpenReferralSchema {

    static final String ORGANIZATION = "open-referral-uk/organization.json";

    private final Schema organization;

    OpenReferralSchema() {
        // The compiled schemas carry no $schema: plain draft-7 keywords. Formats (uuid, email, uri) are asserted, since
        // an identifier that is not a UUID or an address that is not one is exactly what an import must refuse.
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .locale(Locale.ENGLISH).build()));
        try (InputStream schema = new ClassPathResource(ORGANIZATION).getInputStream()) {
            organization = registry.getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException("The Open Referral UK schema is missing from the application", e);
        }
    }

    /** Every way one organisation record breaks the schema; each problem's field is the path inside the record. */
    List<FieldProblem> problems(JsonNode record) {
        return organization.validate(record).stream().map(OpenReferralSchema::problem).toList();
    }

    private static FieldProblem problem(Error error) {
        String path = error.getInstanceLocation().toString().replaceFirst("^/", "");
        if (path.isEmpty() && "type".equals(error.getKeyword())) {
            return FieldProblem.of("record", "orukImport.notAnOrganization");
        }
        return switch (error.getKeyword()) {
            case "required" -> {
                String missing = path.isEmpty() ? error.getProperty() : path + "/" + error.getProperty();
                yield FieldProblem.of(missing, "orukImport.schema.required", missing);
            }
            case "format" -> FieldProblem.of(path, "orukImport.schema.format", path, error.getSchemaNode().asText());
            case "type" -> FieldProblem.of(path, "orukImport.schema.type", path, words(error.getSchemaNode()));
            case "enum" -> FieldProblem.of(path, "orukImport.schema.enum", path, words(error.getSchemaNode()));
            default -> FieldProblem.of(path, "orukImport.schema.other", path, error.getMessage());
        };
    }

    /** "string", or "active, inactive, defunct" for a list of allowed values or types. */
    private static String words(JsonNode node) {
        if (!node.isArray()) {
            return node.asText();
        }
        return StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(", "));
    }
}
