package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
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
 * An officer in a real browser launches a consultation with the keyboard alone (Tab, typing, arrow keys, Enter,
 * Space, Escape: no clicks), lands on its overview with the diagram drawn and the first stage highlighted, and finds
 * the first task in My work. Every officer screen passes axe-core; screenshots go to target/screenshots/.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class OfficerLaunchJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    private Browser browser;

    @Test
    void an_officer_launches_a_consultation_by_keyboard_and_follows_it_on_accessible_screens() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        SignedInUser lead = accounts.open("Olu Lead " + tag, Roles.OFFICER);
        SignedInUser deputy = accounts.open("Dana Deputy " + tag, Roles.OFFICER);
        List<SignedInUser> panel = List.of(accounts.open("Pam Panel " + tag, Roles.PANEL),
                accounts.open("Pete Panel " + tag, Roles.PANEL), accounts.open("Pia Panel " + tag, Roles.PANEL));
        SignedInUser sponsor = accounts.open("Sam Sponsor " + tag, Roles.SPONSOR);

        try (Browser opened = Browser.open(port)) {
            browser = opened;
            signIn(lead);

            browser.go("/launch");
            browser.assertAccessible("launch form, step 1");
            browser.screenshot("officer-01-launch-step-1");

            // Step 1, with a problem first: the message is beside the field and the title stays.
            tabTo("launch-title");
            keys("Riverside play spaces " + tag);
            tabTo("launch-issue");
            keys("Too short.");
            tabTo("launch-summary");
            keys("Tell us how the Riverside play areas should change.");
            press("launch-next", Keys.ENTER);
            assertThat(attribute("#launch-issue", "invalid")).isEqualTo("true");
            assertThat(value("#launch-title")).isEqualTo("Riverside play spaces " + tag);
            browser.assertAccessible("launch form with a problem");
            browser.screenshot("officer-02-launch-problem");
            tabTo("launch-issue");
            keys(" The play areas are worn out and some families say they feel unsafe there.");
            press("launch-next", Keys.ENTER);

            tabTo("launch-formativeStatement");
            keys("Which equipment, where it goes and the opening hours are all still open to change.");
            press("launch-next", Keys.ENTER);

            tabTo("launch-iap2Level");
            keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN); // inform -> consult -> involve
            waitFor(() -> value("#launch-iap2Promise").startsWith("We will work with you"));
            browser.screenshot("officer-03-launch-influence");
            press("launch-next", Keys.ENTER);

            tabTo("launch-decisionMaker");
            keys("Cabinet Member for Communities");
            tabTo("launch-geographyType");
            keys(Keys.SPACE); // the first kind of area: a ward
            tabTo("launch-geographyName");
            keys("Riverside ward");
            press("launch-next", Keys.ENTER);

            tabTo("launch-decisionBy");
            keys(LocalDate.now().plusMonths(5).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            browser.settle();
            keys(Keys.ENTER); // takes the typed date and closes the calendar
            waitFor(() -> !overlayOpen());
            browser.settle();
            assertThat(value("#launch-decisionBy")).isNotBlank();
            tabTo("launch-budget");
            keys("25000");
            browser.assertAccessible("launch form, budget and timeline");
            press("launch-next", Keys.ENTER);

            choose("launch-deputy", deputy.displayName());
            choose("launch-sponsor", sponsor.displayName());
            browser.screenshot("officer-04-launch-team");
            press("launch-next", Keys.ENTER);

            tabTo("launch-panel");
            for (int i = 0; i < panel.size(); i++) {
                keys(panel.get(i).displayName());
                waitForOverlayShowing(panel.get(i).displayName());
                keys(Keys.ARROW_DOWN, Keys.ENTER);
                long chosen = i + 1;
                waitFor(() -> Long.valueOf(chosen).equals(((JavascriptExecutor) browser.driver()).executeScript(
                        "return document.querySelector('#launch-panel').selectedItems.length")));
                browser.settle();
            }
            closeOverlay();
            assertThat(((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelector('#launch-panel').selectedItems.length")).isEqualTo(3L);
            browser.assertAccessible("launch form, panel");
            press("launch-next", Keys.ENTER);
            press("launch-next", Keys.ENTER); // no partners this time

            assertThat(browser.text("#launch-review")).contains("Riverside ward", deputy.displayName(),
                    sponsor.displayName(), "Involve");
            browser.assertAccessible("launch form, check and launch");
            browser.screenshot("officer-05-launch-check");
            press("launch-submit", Keys.ENTER);

            try {
                new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                        .until(d -> browser.path().startsWith("/consultation/"));
            } catch (org.openqa.selenium.TimeoutException stuck) {
                browser.screenshot("officer-launch-stuck");
                throw new AssertionError("The launch did not finish: " + browser.text("#launch-status") + " / "
                        + (browser.has("#launch-problems") ? browser.find("#launch-problems").getText() : ""), stuck);
            }
            browser.settle();
            waitFor(() -> ("Riverside play spaces " + tag).equals(textOf("#overview-heading")));
            assertThat(textOf("#overview-heading")).isEqualTo("Riverside play spaces " + tag);
            assertThat(browser.has("#overview-diagram-main svg[role='img']")).isTrue();
            assertThat(browser.has("#overview-diagram-main svg [data-element='SubProcess_EarlyEngagement'][data-state='active']"))
                    .as("the current stage is highlighted in the diagram").isTrue();
            assertThat(attribute("#overview-stage-EARLY_ENGAGEMENT", "aria-current")).isEqualTo("step");
            assertThat(browser.text("#overview-diagram-now")).contains("1. Early engagement");
            browser.assertAccessible("consultation overview");
            browser.screenshot("officer-06-overview");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('overview-diagram').scrollIntoView()");
            browser.screenshot("officer-07-overview-diagram");

            press("export-csv", Keys.ENTER);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> browser.has("#export-download-link"));
            assertThat(browser.find("#export-download-link").getAttribute("href")).isNotBlank();
            browser.assertAccessible("consultation overview with an export ready");

            browser.go("/my-work");
            assertThat(browser.text("#my-work-list")).contains("Agree the question and methods");
            browser.assertAccessible("my work");
            browser.screenshot("officer-08-my-work");

            browser.go("/consultations");
            assertThat(browser.text("#consultations-table")).contains("Riverside play spaces " + tag);
            browser.assertAccessible("consultations list");
            browser.screenshot("officer-09-consultations");
        }
    }

    private void signIn(SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }

    /** Presses Tab until the keyboard focus is inside the element with this id. */
    private void tabTo(String id) {
        for (int i = 0; i < 80; i++) {
            if (focusIsIn(id)) {
                return;
            }
            active().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private boolean focusIsIn(String id) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
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
    }

    private void press(String id, CharSequence key) {
        tabTo(id);
        keys(key);
        browser.settle();
    }

    /** Chooses an item of a combo box by typing its name and picking it with the arrow key and Enter. */
    private void choose(String id, String name) {
        tabTo(id);
        keys(name);
        waitForOverlayShowing(name);
        keys(Keys.ARROW_DOWN, Keys.ENTER);
        waitFor(() -> !overlayOpen());
        browser.settle();
    }

    /**
     * Waits until the open list shows only items matching what was typed: the server filters the list a moment
     * after each key, and on a slow machine an arrow key pressed before that lands on an unfiltered item.
     */
    private void waitForOverlayShowing(String name) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll("
                        + "'vaadin-combo-box-overlay, vaadin-multi-select-combo-box-overlay')].some(o => { "
                        + "if (!o.opened) return false; "
                        + "const items = [...o.querySelectorAll('vaadin-combo-box-item, "
                        + "vaadin-multi-select-combo-box-item')].filter(i => !i.hidden); "
                        + "return items.length > 0 && items.every(i => i.textContent.includes(arguments[0])); })",
                        name)));
        browser.settle();
    }

    /** Escape closes the list of a combo box; one press may only clear what was typed into its filter. */
    private void closeOverlay() {
        for (int i = 0; i < 3 && overlayOpen(); i++) {
            keys(Keys.ESCAPE);
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        waitFor(() -> !overlayOpen());
        browser.settle();
    }

    private boolean overlayOpen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('vaadin-date-picker-overlay, vaadin-combo-box-overlay, "
                        + "vaadin-multi-select-combo-box-overlay')].some(o => o.opened)"));
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private String textOf(String css) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null", css));
    }

    private String value(String css) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return document.querySelector(arguments[0]).value", css));
    }

    private String attribute(String css, String name) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                "const e = document.querySelector(arguments[0]); return e.hasAttribute(arguments[1]) "
                        + "? (e.getAttribute(arguments[1]) || 'true') : null", css, name);
        return value == null ? null : value.toString();
    }
}
