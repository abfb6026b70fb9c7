package org.powerpartnership.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The directory as Open Referral UK: published for anyone, checked against the standard, imported all or nothing. */
@IntegrationTest
class OpenReferralIT {

    @LocalServerPort
    int port;
    @Autowired
    NetworkService network;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OpenReferralImport imports;
    @Autowired
    OpenReferralSchema schema;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectMapper json;

    @Test
    void anyone_reads_the_active_directory_as_open_referral_uk_without_signing_in_and_without_named_contacts()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation hub = DirectorySeeds.fullyDescribed(network, jdbc, "Mill Lane Community Hub " + suffix);
        Organisation proposed = DirectorySeeds.proposed(network, jdbc, "Typed At Stage Two " + suffix);

        HttpResponse<String> response = new HttpVisitor(port).get("/open-data/organisations.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("max-age=300").contains("public"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode page = json.readTree(response.body());
        assertThat(page.path("total_items").asInt()).isEqualTo(page.path("contents").size());
        JsonNode published = byName(page, hub.name());
        assertThat(published.path("email").asText()).isEqualTo("hello@hub.example.org");
        assertThat(published.path("website").asText()).isEqualTo("https://hub.example.org");
        assertThat(published.path("description").asText()).startsWith("Runs the community hub on Mill Lane.");
        assertThat(published.at("/attributes/0/taxonomy_term/term").asText()).isEqualTo("community_anchor");
        JsonNode service = published.path("services").path(0);
        assertThat(service.path("status").asText()).isEqualTo("active");
        assertThat(texts(service.path("service_areas"), "name")).containsExactly("Northfield", "Riverside");
        assertThat(service.at("/service_at_locations/0/location/name").asText()).isEqualTo("Riverside");
        assertThat(service.at("/contacts/0/phones/0/number").asText()).isEqualTo("01632 960123");
        assertThat(service.at("/contacts/0/name").asText()).isEqualTo(hub.name());
        assertThat(StreamSupport.stream(service.path("attributes").spliterator(), false)
                .map(attribute -> attribute.at("/taxonomy_term/taxonomy").asText() + "="
                        + attribute.at("/taxonomy_term/term").asText()))
                .containsExactly("power-partnership/group/ageBand=65-74", "power-partnership/group/caring=yes");
        assertThat(response.body()).doesNotContain(DirectorySeeds.CONTACT_NAME, DirectorySeeds.CONTACT_EMAIL,
                proposed.name());

        for (JsonNode organization : page.path("contents")) {
            assertThat(schema.problems(organization)).as(organization.path("name").asText()).isEmpty();
        }
        JsonNode again = json.readTree(new HttpVisitor(port).get("/open-data/organisations.json").body());
        assertThat(byName(again, hub.name())).isEqualTo(published);
    }

    @Test
    void an_officer_imports_a_directory_and_importing_it_again_updates_the_same_organisations() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID foodBank = UUID.randomUUID();
        UUID tenants = UUID.randomUUID();
        ObjectNode file = page(organization(foodBank, "Northfield Food Bank " + suffix),
                organization(tenants, "Parkside Tenants " + suffix));

        ImportReport first = imports.importFile(officer, "directory.json", bytes(file));

        assertThat(first.stored()).isTrue();
        assertThat(first.added()).isEqualTo(2);
        assertThat(first.defaultedKinds()).isEqualTo(2);
        assertThat(names()).contains("Northfield Food Bank " + suffix, "Parkside Tenants " + suffix);

        ((ObjectNode) file.path("contents").path(0)).put("description", "Food parcels on Tuesdays and Fridays.");
        ImportReport second = imports.importFile(officer, "directory.json", bytes(file));

        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(2);
        assertThat(jdbc.sql("select description from organisation where oruk_id = ?").param(foodBank.toString())
                .query(String.class).single()).isEqualTo("Food parcels on Tuesdays and Fridays.");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'organisation.imported' and actor = ?")
                .param(officer.userId()).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void a_malformed_file_is_refused_with_every_reason_for_every_record_and_nothing_is_stored() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Organisation existing = network.findOrCreate("Riverside Faith Forum " + suffix, "faith_group", null);
        int before = names().size();

        assertThat(imports.importFile(officer, "notes.txt", "Riverside, Northfield".getBytes(StandardCharsets.UTF_8))
                .fileProblem().messageKey()).isEqualTo("orukImport.file.notJson");
        assertThat(imports.importFile(officer, "other.json", "{\"organisations\": []}".getBytes(StandardCharsets.UTF_8))
                .fileProblem().messageKey()).isEqualTo("orukImport.file.notADirectory");

        UUID good = UUID.randomUUID();
        ObjectNode broken = organization(UUID.randomUUID(), "Broken Record " + suffix);
        broken.put("id", "not-a-uuid").remove("description");
        broken.put("email", "not an address");
        ImportReport report = imports.importFile(officer, "directory.json", bytes(page(
                organization(good, "Good Neighbours " + suffix),
                broken,
                organization(UUID.randomUUID(), existing.name().toUpperCase()),
                organization(good, "Good Neighbours Again " + suffix),
                organization(UUID.randomUUID(), "   "))));

        assertThat(report.stored()).isFalse();
        assertThat(report.refused()).extracting(ImportReport.RefusedRecord::position).containsExactly(2, 3, 4, 5);
        assertThat(keys(report.refused().get(0).reasons())).containsExactlyInAnyOrder("orukImport.schema.format",
                "orukImport.schema.required", "orukImport.schema.format");
        assertThat(report.refused().get(0).reasons()).extracting(FieldProblem::field)
                .contains("id", "description", "email");
        assertThat(keys(report.refused().get(1).reasons())).containsExactly("orukImport.nameTaken");
        assertThat(report.refused().get(1).reasons().get(0).args()).containsExactly(existing.name());
        assertThat(keys(report.refused().get(2).reasons())).containsExactly("orukImport.duplicateIdInFile");
        assertThat(report.refused().get(2).reasons().get(0).args()).containsExactly(1);
        assertThat(keys(report.refused().get(3).reasons())).containsExactly("orukImport.nameMissing");
        assertThat(names()).hasSize(before).doesNotContain("Good Neighbours " + suffix);
    }

    @Test
    void a_directory_published_elsewhere_in_the_standards_own_example_is_imported_without_its_named_contact()
            throws Exception {
        ObjectNode example = (ObjectNode) json.readTree(new ClassPathResource("open-referral-uk/organization_full.json")
                .getInputStream());
        String name = "Example Organization " + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        example.put("id", id.toString()).put("name", name);
        ArrayNode file = JsonNodeFactory.instance.arrayNode().add(example);

        ImportReport report = imports.importFile(accounts.open(Roles.OFFICER), "example.json", bytes(file));

        assertThat(report.refused()).isEmpty();
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.defaultedKinds()).isEqualTo(1);
        var stored = jdbc.sql("select id, kind, email, website, area, status from organisation where oruk_id = ?")
                .param(id.toString()).query().singleRow();
        assertThat(stored).containsEntry("KIND", "community_group").containsEntry("EMAIL", "email@example.com")
                .containsEntry("WEBSITE", "http://example.com").containsEntry("AREA", "MyCity Civic Center")
                .containsEntry("STATUS", "active");
        long organisationId = ((Number) stored.get("ID")).longValue();
        assertThat(jdbc.sql("select area from organisation_area where organisation_id = ?").param(organisationId)
                .query(String.class).list()).singleElement().asString().startsWith("The service is available");
        assertThat(jdbc.sql("select count(*) from organisation_contact where organisation_id = ?")
                .param(organisationId).query(Long.class).single()).isZero();
    }

    @Test
    void an_organisation_merged_since_it_was_imported_is_not_brought_back_and_the_report_names_where_it_went() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        ObjectNode file = page(organization(id, "Riverside Youth Forum " + suffix));
        imports.importFile(officer, "directory.json", bytes(file));
        Organisation kept = network.findOrCreate("Riverside Young People " + suffix, "community_group", null);
        jdbc.sql("update organisation set status = 'merged', merged_into = ? where oruk_id = ?")
                .params(kept.id(), id.toString()).update();

        ImportReport again = imports.importFile(officer, "directory.json", bytes(file));

        assertThat(again.stored()).isFalse();
        assertThat(again.refused().get(0).reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.messageKey()).isEqualTo("orukImport.merged");
            assertThat(reason.args()).containsExactly(kept.name());
        });
        assertThat(jdbc.sql("select status from organisation where oruk_id = ?").param(id.toString())
                .query(String.class).single()).isEqualTo("merged");
    }

    @Test
    void only_officers_and_administrators_may_import() {
        byte[] file = bytes(page(organization(UUID.randomUUID(), "Not Allowed " + UUID.randomUUID())));
        for (String role : List.of(Roles.RESIDENT, Roles.PARTNER, Roles.PANEL)) {
            SignedInUser someone = accounts.open(role);
            assertThatThrownBy(() -> imports.importFile(someone, "directory.json", file))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(imports.importFile(accounts.open(Roles.ADMIN), "directory.json", file).added()).isEqualTo(1);
    }

    static ObjectNode organization(UUID id, String name) {
        return JsonNodeFactory.instance.objectNode().put("id", id.toString()).put("name", name)
                .put("description", "A group in the borough.");
    }

    static ObjectNode page(ObjectNode... organizations) {
        ObjectNode page = JsonNodeFactory.instance.objectNode().put("total_items", organizations.length);
        ArrayNode contents = page.putArray("contents");
        for (ObjectNode organization : organizations) {
            contents.add(organization);
        }
        return page;
    }

    private byte[] bytes(JsonNode document) {
        return document.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names() {
        return network.directory().stream().map(Organisation::name).toList();
    }

    private static List<String> keys(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::messageKey).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(field).asText()).toList();
    }

    private static JsonNode byName(JsonNode page, String name) {
        return StreamSupport.stream(page.path("contents").spliterator(), false)
                .filter(organization -> organization.path("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
