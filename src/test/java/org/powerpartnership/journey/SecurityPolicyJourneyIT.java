package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * The Content-Security-Policy in a real browser: Vaadin loads and works under it (nothing blocked on public pages,
 * the sign-in page, or an officer's screens), and the sign-in form, which now needs the page's CSRF token, signs in.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class SecurityPolicyJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void vaadin_works_under_the_policy_and_the_sign_in_form_signs_in() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        try (Browser browser = Browser.open(port)) {
            for (String page : List.of("/", "/have-your-say", "/record", "/register", "/login")) {
                browser.go(page);
                assertThat(browser.cspViolations()).as("blocked by the policy on %s", page).isEmpty();
            }

            assertThat(browser.signIn(officer.email(), TestAccounts.PASSWORD)).isEqualTo(officer.displayName());
            assertThat(browser.cspViolations()).as("blocked by the policy after signing in").isEmpty();

            for (String page : List.of("/my-work", "/consultations", "/launch", "/account")) {
                browser.go(page);
                assertThat(browser.has("#signed-in-as")).as("still signed in on %s", page).isTrue();
                assertThat(browser.cspViolations()).as("blocked by the policy on %s", page).isEmpty();
            }
            browser.screenshot("security-policy-signed-in");

            // the watch works, and the policy is enforced: an image from elsewhere is blocked and seen
            browser.driver().executeScript("const i = document.createElement('img');"
                    + " i.src = 'https://elsewhere.example/pixel.png'; document.body.appendChild(i);");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !browser.cspViolations().isEmpty());
            assertThat(browser.cspViolations()).singleElement().asString().startsWith("img-src");
        }
    }
}
