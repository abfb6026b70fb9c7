package org.powerpartnership.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in the top-level forms/ folder opens cleanly in Camunda Modeler and reads well here. */
class FormFilesTest {

    static final Path FORMS = Path.of("forms");
    private static final String MEANINGFUL_ID = "^(Field|Text|Group)_[A-Z][A-Za-z0-9]+$";

    static Stream<Path> formFiles() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.toString().endsWith(".form")).sorted().toList().stream();
        }
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".form".length());
    }

    @Test
    void every_form_the_engagement_cycle_needs_is_there() throws IOException {
        assertThat(formFiles().map(FormFilesTest::idOf)).contains("early-engagement-brief", "co-design-contribution",
                "agree-question-methods", "invite-networks", "partner-role", "access-plan", "adjustment-request",
                "adjustment-response", "survey-response", "outreach-action", "deliberation-recruitment",
                "evidence-pack", "deliberation-reflection", "deliberation-session", "recommendation-vote",
                "recommendations", "analysis-summary", "community-leads", "community-ownership", "council-response",
                "panel-vote", "stalled-gate", "commitment-review", "commitment-progress",
                "commitment-delivery-check", "sponsor-response", "organisation-review");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void is_a_modeler_form_named_after_its_id_with_meaningful_component_ids(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(json);
        assertThat(root.path("id").asText()).isEqualTo(idOf(file));
        assertThat(root.path("type").asText()).isEqualTo("default");
        assertThat(root.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(root.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(root.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(root.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");

        List<String> ids = new ArrayList<>();
        collectIds(root.path("components"), ids);
        assertThat(ids).isNotEmpty().doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches(MEANINGFUL_ID));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formFiles")
    void parses_with_unique_keys_labels_everywhere_and_conditions_we_can_read(Path file) throws IOException {
        FormSchema schema = FormSchemas.parse(Files.readString(file, StandardCharsets.UTF_8));

        assertThat(schema.fields()).isNotEmpty();
        assertThat(schema.fields()).extracting(FormField::key).doesNotHaveDuplicates();
        for (FormField component : schema.allComponents()) {
            assertThat(component.type()).as(component.id()).isNotEqualTo(FieldType.UNSUPPORTED);
            assertThat(HideConditions.isSupported(component.hide())).as(component.id() + " hide").isTrue();
            if (component.isKeyed() || component.type() == FieldType.GROUP) {
                assertThat(component.label()).as(component.id() + " label").isNotBlank();
            }
            if (component.type() == FieldType.TEXT) {
                assertThat(component.text()).as(component.id() + " text").isNotBlank();
            }
            if (component.id().startsWith("Field_")) {
                assertThat(component.isKeyed()).as(component.id() + " is a field").isTrue();
            }
        }
    }

    private static void collectIds(JsonNode components, List<String> ids) {
        for (JsonNode component : components) {
            ids.add(component.path("id").asText());
            collectIds(component.path("components"), ids);
        }
    }
}
