package org.powerpartnership.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a browser gets from the screens' pages, directly or behind a TLS proxy on this machine (the test client
 * connects from loopback, the proxy addresses trusted by default): a Content-Security-Policy always; HSTS and a
 * Secure session cookie once the proxy says the request came over HTTPS; and a sign-in that another site cannot
 * post for the browser (login CSRF).
 */
@IntegrationTest
class BehindAProxyIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void every_page_carries_a_content_security_policy_and_plain_http_gets_no_hsts() {
        HttpResponse<String> page = new HttpVisitor(port).get("/login", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void https_through_a_trusted_proxy_gets_hsts_and_a_secure_session_cookie() {
        HttpResponse<String> page = new HttpVisitor(port).get("/login",
                Map.of("Accept", "text/html", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5"));

        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));
    }

    @Test
    void a_sign_in_posted_without_the_pages_token_is_refused() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);

        HttpResponse<String> forged = new HttpVisitor(port).postForm("/login",
                Map.of("username", resident.email(), "password", TestAccounts.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpVisitor visitor = new HttpVisitor(port);
        visitor.csrfTokenOf("/login");
        HttpResponse<String> wrongToken = visitor.postForm("/login",
                Map.of("username", resident.email(), "password", TestAccounts.PASSWORD, "_csrf", "made-up"));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
    }

    @Test
    void a_sign_in_with_the_pages_token_works() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);

        HttpResponse<String> signedIn = new HttpVisitor(port).signIn(resident.email(), TestAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error", "login");
    }
}
