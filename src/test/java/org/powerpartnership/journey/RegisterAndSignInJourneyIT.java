package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * A newcomer in a real browser: registers as a resident, confirms the address by the mailed link, signs in, finds the
 * shell, and meets the pages for a place their role may not open and an address that leads nowhere. Every page passes
 * axe-core.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class RegisterAndSignInJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void a_newcomer_registers_signs_in_and_sees_the_shell_on_accessible_pages() {
        String email = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            // other tests in this context may have opened consultations: the section is there either way
            assertThat(browser.text("#open-consultations")).contains("Open consultations");
            browser.assertAccessible("home");
            browser.screenshot("skeleton-01-home");

            browser.go("/register");
            browser.assertAccessible("register");
            browser.type("#register-email", email).type("#register-name", "Jo Journey")
                    .type("#register-password", "tea and toast at nine")
                    .type("#register-confirm", "tea and toast at nine");
            browser.screenshot("skeleton-02-register");
            browser.click("#register-submit");

            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.text("#login-notice")).contains("Check your email to finish registering");
            browser.assertAccessible("sign in");
            browser.screenshot("skeleton-03-login");

            // the link mailed to the new address confirms it; only then can the account sign in
            browser.go(TestMailServer.linkPath(TestMailServer.awaitTo(email, 1).get(0), "/verify-email/"));
            assertThat(browser.text("#verify-outcome")).contains("your email address is confirmed");
            browser.assertAccessible("address confirmed");
            browser.click("#verify-sign-in");
            browser.settle();
            browser.type("vaadin-login-form vaadin-text-field", email);
            browser.find("vaadin-login-form vaadin-password-field input").sendKeys("tea and toast at nine", Keys.ENTER);
            browser.settle();

            assertThat(browser.text("#signed-in-as")).isEqualTo("Jo Journey");
            assertThat(browser.pathOnceAt("/profile")).as("registering asked for the profile next: that page wins "
                    + "over the resident's usual landing on their tasks").isEqualTo("/profile");
            assertThat(browser.has("#sign-out")).isTrue();
            browser.assertAccessible("profile, signed in");
            browser.screenshot("skeleton-04-signed-in");

            browser.go("/account");
            assertThat(browser.text("#account-roles")).contains("Resident");
            browser.assertAccessible("my account");

            // an officer's page, and an address that leads nowhere: titled pages inside the shell
            browser.go("/launch");
            assertThat(browser.text("#not-allowed h1")).isEqualTo("You cannot open this page");
            assertThat(browser.driver().getTitle()).isEqualTo("Not allowed");
            assertThat(browser.has("#signed-in-as")).isTrue();
            browser.assertAccessible("not allowed");
            browser.screenshot("skeleton-05-not-allowed");
            browser.go("/no-such-page-here");
            assertThat(browser.text("#not-found h1")).isEqualTo("We cannot find that page");
            assertThat(browser.driver().getTitle()).isEqualTo("Page not found");
            browser.assertAccessible("not found");
            browser.screenshot("skeleton-06-not-found");
        }
    }
}
