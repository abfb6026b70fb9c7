package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SignInIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_right_password_signs_in_whatever_the_case_of_the_email() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        HttpResponse<String> response = new HttpVisitor(port).signIn(" " + resident.email().toUpperCase() + " ",
                TestAccounts.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @ParameterizedTest
    @CsvSource({"officer, /my-work", "sponsor, /sponsor", "panel, /panel", "partner, /partner", "admin, /operations",
            "resident, /my-tasks"})
    void each_role_lands_on_its_own_work_after_signing_in(String role, String page) {
        SignedInUser person = accounts.open(role);
        assertThat(location(new HttpVisitor(port).signIn(person.email(), TestAccounts.PASSWORD))).endsWith(page);
    }

    @Test
    void someone_with_several_roles_lands_on_the_work_that_most_often_waits_on_them() {
        SignedInUser officerAndResident = accounts.open(Roles.RESIDENT, Roles.OFFICER);
        assertThat(location(new HttpVisitor(port).signIn(officerAndResident.email(), TestAccounts.PASSWORD)))
                .endsWith("/my-work");
        SignedInUser panelAndPartner = accounts.open(Roles.PARTNER, Roles.PANEL);
        assertThat(location(new HttpVisitor(port).signIn(panelAndPartner.email(), TestAccounts.PASSWORD)))
                .endsWith("/panel");
    }

    @Test
    void a_wrong_password_or_an_unknown_email_returns_to_sign_in_with_the_same_message() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        assertThat(location(new HttpVisitor(port).signIn(resident.email(), "not the password at all")))
                .endsWith("/login?error");
        assertThat(location(new HttpVisitor(port).signIn("nobody-" + resident.email(), "whatever it is")))
                .endsWith("/login?error");
    }

    @Test
    void after_five_wrong_passwords_sign_in_waits_even_for_the_right_one_and_says_how_long() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        HttpVisitor visitor = new HttpVisitor(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(location(visitor.signIn(resident.email(), "guess number " + attempt))).endsWith("?error");
        }
        assertThat(location(visitor.signIn(resident.email(), "guess number 5"))).endsWith("?error");
        assertThat(location(visitor.signIn(resident.email(), TestAccounts.PASSWORD))).endsWith("/login?locked=1");
    }

    @Test
    void passwords_are_stored_as_bcrypt_hashes_in_the_identity_store() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        String hash = jdbc.sql("select PWD_ from ACT_ID_USER where ID_ = ?").param(resident.userId())
                .query(String.class).single();
        assertThat(hash).startsWith("{BCRYPT}$2a$").doesNotContain(TestAccounts.PASSWORD);
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
