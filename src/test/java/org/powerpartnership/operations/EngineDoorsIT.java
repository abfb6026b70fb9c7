package org.powerpartnership.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The engine's webapps and REST API open for admins only; everyone else gets a refusal, never data. */
@IntegrationTest
class EngineDoorsIT {

    @Autowired
    ProcessEngine engine;

    /**
     * The REST API finds the engine by name in Camunda's JVM-wide registry. Tests that start whole nodes in this JVM
     * (two nodes at once, the PostgreSQL profile) register and then close engines under the same name, which leaves
     * the registry without ours; production has one engine per JVM.
     */
    @BeforeEach
    void theRestApiFindsThisContextsEngine() {
        ProcessEngines.registerProcessEngine(engine);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void the_rest_api_refuses_anonymous_and_resident_and_answers_an_admin() {
        assertThat(new HttpVisitor(port).get("/engine-rest/engine").statusCode()).isEqualTo(401);

        SignedInUser resident = accounts.open(Roles.RESIDENT);
        HttpResponse<String> asResident = new HttpVisitor(port).withBasic(resident.email(), TestAccounts.PASSWORD)
                .get("/engine-rest/engine");
        assertThat(asResident.statusCode()).isEqualTo(403);
        assertThat(asResident.body()).doesNotContain("default");

        SignedInUser admin = accounts.open(Roles.ADMIN);
        HttpResponse<String> asAdmin = new HttpVisitor(port).withBasic(admin.email(), TestAccounts.PASSWORD)
                .get("/engine-rest/engine");
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.body()).contains("\"name\":\"default\"");
    }

    @Test
    void the_rest_api_does_not_accept_a_signed_in_browser_session_without_basic_credentials() {
        SignedInUser admin = accounts.open(Roles.ADMIN);
        HttpVisitor browser = new HttpVisitor(port);
        browser.signIn(admin.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/engine-rest/engine").statusCode()).isEqualTo(401);
    }

    @Test
    void cockpit_sends_an_anonymous_browser_to_sign_in_and_refuses_anonymous_api_calls() {
        HttpResponse<String> page = new HttpVisitor(port).get("/camunda/app/cockpit/", "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(url -> assertThat(url).endsWith("/login"));
        assertThat(page.body()).doesNotContain("cockpit");

        assertThat(new HttpVisitor(port).get("/camunda/app/cockpit/", "application/json").statusCode()).isEqualTo(401);
        assertThat(new HttpVisitor(port).get("/camunda/api/engine/engine/").statusCode()).isEqualTo(401);
    }

    @Test
    void cockpit_refuses_a_signed_in_resident_and_opens_for_a_signed_in_admin() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        HttpVisitor residentBrowser = new HttpVisitor(port);
        assertThat(residentBrowser.signIn(resident.email(), TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(residentBrowser.get("/camunda/app/cockpit/", "text/html").statusCode()).isEqualTo(403);

        SignedInUser admin = accounts.open(Roles.ADMIN);
        HttpVisitor adminBrowser = new HttpVisitor(port);
        adminBrowser.signIn(admin.email(), TestAccounts.PASSWORD);
        HttpResponse<String> cockpit = adminBrowser.get("/camunda/app/cockpit/default/", "text/html");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).containsIgnoringCase("cockpit");
        // The webapp's own API sees the same sign-in (container-based authentication), no second log-in.
        HttpResponse<String> user = adminBrowser.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains(admin.userId());
    }

    @Test
    void prometheus_metrics_include_engine_and_jvm_figures_for_an_admin() {
        SignedInUser admin = accounts.open(Roles.ADMIN);
        HttpResponse<String> metrics = new HttpVisitor(port).withBasic(admin.email(), TestAccounts.PASSWORD)
                .get("/manage/prometheus", "text/plain");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("powerpartnership_engine_tasks_open", "jvm_memory_used_bytes");
    }
}
