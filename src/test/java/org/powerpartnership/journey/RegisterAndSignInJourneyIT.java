package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A newcomer in a real browser: registers as a resident, signs in, finds the shell. Every page passes axe-core. */
@IntegrationTest
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
            assertThat(browser.text("#login-notice")).contains("account is ready");
            browser.assertAccessible("sign in");
            browser.screenshot("skeleton-03-login");
            browser.type("vaadin-login-form vaadin-text-field", email);
            browser.find("vaadin-login-form vaadin-password-field input").sendKeys("tea and toast at nine", Keys.ENTER);
            browser.settle();

            assertThat(browser.text("#signed-in-as")).isEqualTo("Jo Journey");
            assertThat(browser.has("#sign-out")).isTrue();
            browser.assertAccessible("home, signed in");
            browser.screenshot("skeleton-04-signed-in");

            browser.go("/account");
            assertThat(browser.text("#account-roles")).contains("Resident");
            browser.assertAccessible("my account");
        }
    }
}
