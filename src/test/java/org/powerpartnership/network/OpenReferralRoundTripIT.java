package org.powerpartnership.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Export, import into an empty database, export again: the same directory. The empty database is a second, small
 * Spring context of its own ({@link EmptyDirectory}) on a fresh database:
 * an in-memory H2 of its own, or on the PostgreSQL run a new database on the server (support.TestDatabase makes one
 * for every context and drops it when the context closes).
 */
@IntegrationTest
class OpenReferralRoundTripIT {

    @LocalServerPort
    int port;
    @Autowired
    NetworkService network;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ObjectMapper json;

    @Test
    void a_directory_exported_and_imported_into_an_empty_database_exports_the_same_again() throws Exception {
        String name = "Round Trip Community Hub " + UUID.randomUUID().toString().substring(0, 8);
        DirectorySeeds.fullyDescribed(network, jdbc, name);
        network.findOrCreate("Round Trip Bare Group " + UUID.randomUUID().toString().substring(0, 8),
                "community", null);
        String exported = new HttpVisitor(port).get("/open-data/organisations.json").body();
        JsonNode first = json.readTree(exported);
        assertThat(first.path("contents").toString()).contains(name, "Northfield", "01632 960123", "65-74");
        SignedInUser officer = accounts.open(Roles.OFFICER);

        try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(EmptyDirectory.class)
                .web(WebApplicationType.NONE).profiles("test").run()) {
            JdbcClient emptyJdbc = empty.getBean(JdbcClient.class);
            assertThat(emptyJdbc.sql("select count(*) from organisation").query(Long.class).single()).isZero();

            ImportReport report = empty.getBean(OpenReferralImport.class)
                    .importFile(officer, "organisations.json", exported.getBytes(StandardCharsets.UTF_8));
            JsonNode again = empty.getBean(OpenReferralExport.class).directory();

            assertThat(report.refused()).isEmpty();
            assertThat(report.added()).isEqualTo(first.path("total_items").asInt());
            assertThat(again).isEqualTo(first);
        }
    }
}
