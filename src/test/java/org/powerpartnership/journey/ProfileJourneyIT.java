package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.profile.ResidentProfile;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * A newcomer in a real browser, on a desktop and on a phone: registers, is sent to their profile after signing in,
 * fills it in with the keyboard alone (a wrong postcode first), switches the screens to Cymraeg and back, and
 * downloads their data. The profile and My data pages pass axe-core in both widths.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class ProfileJourneyIT {

    private static final String PASSWORD = "tea and toast at nine";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ProfileService profiles;

    private Browser browser;

    @ParameterizedTest(name = "{0} ({1}x{2})")
    @CsvSource({"desktop, 1280, 900", "phone, 390, 844"})
    void a_newcomer_fills_their_profile_by_keyboard_switches_language_and_downloads_their_data(String device,
                                                                                                 int width,
                                                                                                 int height) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "profile-" + tag + "@example.org";
        try (Browser opened = Browser.open(port, new Dimension(width, height))) {
            browser = opened;
            String shot = "profile-" + device + "-";

            browser.go("/register");
            browser.type("#register-email", email).type("#register-name", "Nia " + tag)
                    .type("#register-password", PASSWORD).type("#register-confirm", PASSWORD);
            browser.click("#register-submit");
            assertThat(browser.path()).isEqualTo("/login");
            // the link mailed to the new address confirms it; only then can the account sign in
            browser.go(TestMailServer.linkPath(TestMailServer.awaitTo(email, 1).get(0), "/verify-email/"));
            assertThat(browser.text("#verify-outcome")).contains("your email address is confirmed");
            browser.go("/login");
            browser.type("vaadin-login-form vaadin-text-field", email);
            browser.find("vaadin-login-form vaadin-password-field input").sendKeys(PASSWORD, Keys.ENTER);
            waitFor(() -> browser.has("#profile-name"));
            browser.settle();
            assertThat(browser.path()).as("a newcomer's first stop is their profile").isEqualTo("/profile");
            assertThat(value("#profile-name")).isEqualTo("Nia " + tag);
            browser.assertAccessible("profile, empty (" + device + ")");
            browser.screenshot(shot + "01-empty");

            // The keyboard alone, from the top of the page.
            tabTo("profile-name");
            keys(Keys.chord(Keys.CONTROL, "a"), "Nia Roberts " + tag);
            tabTo("profile-contact");
            keys(Keys.SPACE); // the first way: email
            tabTo("profile-area");
            keys("CF99 ZZZ9");
            tabTo("profile-language");
            keys(Keys.ARROW_DOWN); // English -> Cymraeg
            tabTo("profile-access");
            keys(Keys.SPACE); // large print
            keys(Keys.TAB, Keys.SPACE); // easy read
            tabTo("profile-access-notes");
            keys("Please send papers a week early.");
            tabTo("profile-sex");
            keys(Keys.SPACE); // the first answer
            tabTo("profile-disability");
            keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN); // yes -> no -> prefer not to say
            tabTo("profile-consent");
            keys(Keys.SPACE);
            press("profile-save", Keys.ENTER);

            waitFor(() -> "true".equals(attribute("#profile-area", "invalid")));
            assertThat(script("return document.querySelector('#profile-area').errorMessage")).asString().contains("does not look like a UK postcode");
            assertThat(value("#profile-area")).isEqualTo("CF99 ZZZ9");
            assertThat(value("#profile-access-notes")).isEqualTo("Please send papers a week early.");
            browser.assertAccessible("profile with a problem (" + device + ")");
            browser.screenshot(shot + "02-problem");

            tabTo("profile-area");
            keys(Keys.chord(Keys.CONTROL, "a"), "cf10 4uw");
            press("profile-save", Keys.ENTER);
            waitFor(() -> browser.text("#profile-status").contains("Your profile is saved."));
            assertThat(value("#profile-area")).isEqualTo("CF10 4UW");
            browser.assertAccessible("profile, saved (" + device + ")");
            browser.screenshot(shot + "03-saved");

            String userId = accounts.userIdForSignIn(email).orElseThrow();
            SignedInUser resident = new SignedInUser(userId, email, "Nia " + tag, java.util.Set.of(Roles.RESIDENT));
            ResidentProfile saved = profiles.profileOf(resident).orElseThrow();
            assertThat(saved.fullName()).isEqualTo("Nia Roberts " + tag);
            assertThat(saved.contactPreference()).isEqualTo("email");
            assertThat(saved.language()).isEqualTo("cy");
            assertThat(saved.accessNeeds()).containsExactlyInAnyOrder("large-print", "easy-read");
            assertThat(saved.sex()).isEqualTo("female");
            assertThat(saved.disability()).isEqualTo("prefer-not");
            assertThat(saved.consentedAt()).isNotNull();

            // Cymraeg, then back to English, with the keyboard.
            tabTo("language-choice");
            keys(Keys.ENTER);
            waitFor(this::overlayOpen);
            keys(Keys.ARROW_DOWN, Keys.ENTER);
            waitFor(() -> browser.has("h1") && browser.text("h1").equals("Fy mhroffil"));
            browser.settle();
            assertThat(script("return document.documentElement.lang")).isEqualTo("cy");
            assertThat(browser.text("#profile-save")).isEqualTo("Cadw fy mhroffil");
            browser.assertAccessible("profile in Cymraeg (" + device + ")");
            browser.screenshot(shot + "04-cymraeg");
            tabTo("language-choice");
            keys(Keys.ENTER);
            waitFor(this::overlayOpen);
            keys(Keys.ARROW_UP, Keys.ENTER);
            waitFor(() -> browser.has("h1") && browser.text("h1").equals("My profile"));
            browser.settle();
            assertThat(script("return document.documentElement.lang")).isEqualTo("en");

            browser.go("/my-data");
            assertThat(browser.text("h1")).isEqualTo("My data");
            browser.assertAccessible("my data (" + device + ")");
            browser.screenshot(shot + "05-my-data");
            assertThat(attribute("#my-data-download", "download")).isNotNull();
            Object file = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(document.querySelector('#my-data-download').href)"
                            + ".then(r => r.text().then(t => done(r.headers.get('content-disposition') + '\\n' + t)))"
                            + ".catch(e => done('failed: ' + e));");
            assertThat(String.valueOf(file)).contains("my-data.json", "\"email\" : \"" + email + "\"",
                    "\"name\" : \"Nia Roberts " + tag + "\"", "\"area\" : \"CF10 4UW\"", "\"auditLog\"");

            tabTo("my-data-erase");
            keys(Keys.ENTER);
            waitFor(() -> browser.has("vaadin-dialog-overlay[opened]"));
            browser.settle();
            browser.assertAccessible("my data, confirm erasure (" + device + ")");
            browser.screenshot(shot + "06-confirm-erasure");
            keys(Keys.ESCAPE);
            waitFor(() -> !browser.has("vaadin-dialog-overlay[opened]"));
            assertThat(accounts.userIdForSignIn(email)).as("closing the question deletes nothing").isPresent();

            // Asked again and confirmed: the person lands on the home page, signed out, and is told their data is gone.
            tabTo("my-data-erase");
            keys(Keys.ENTER);
            waitFor(() -> browser.has("vaadin-dialog-overlay[opened]"));
            browser.settle();
            browser.click("#my-data-erase-confirm");
            waitFor(() -> browser.has("#signed-out-notice"));
            browser.settle();
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.find("#signed-out-notice").getText()).contains("Your data is deleted");
            browser.assertAccessible("home after erasure (" + device + ")");
            browser.screenshot(shot + "07-erased");
            assertThat(accounts.userIdForSignIn(email)).as("the account is gone").isEmpty();
            browser.go("/");
            assertThat(browser.has("#signed-out-notice")).as("told once").isFalse();
        }
    }

    /** Presses Tab until the keyboard focus is inside the element with this id. */
    private void tabTo(String id) {
        for (int i = 0; i < 120; i++) {
            if (focusIsIn(id)) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private boolean focusIsIn(String id) {
        return Boolean.TRUE.equals(script(
                "let e = document.activeElement; while (e && e.shadowRoot && e.shadowRoot.activeElement) "
                        + "{ e = e.shadowRoot.activeElement; } "
                        + "for (let n = e; n; n = n.parentNode || n.host) { if (n.id === arguments[0]) return true; } "
                        + "return false;", id));
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        active().sendKeys(keys);
        browser.settle();
    }

    private void press(String id, CharSequence key) {
        tabTo(id);
        keys(key);
    }

    private boolean overlayOpen() {
        return browser.has("vaadin-select-overlay[opened]");
    }

    private String value(String css) {
        return String.valueOf(script("return document.querySelector(arguments[0]).value", css));
    }

    private String attribute(String css, String name) {
        Object value = script("const e = document.querySelector(arguments[0]); return e.hasAttribute(arguments[1]) "
                + "? (e.getAttribute(arguments[1]) || 'true') : null", css, name);
        return value == null ? null : String.valueOf(value);
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(js, args);
    }

    private void waitFor(BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    }
}
