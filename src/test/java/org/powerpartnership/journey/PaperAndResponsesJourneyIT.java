package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * In a real browser, by keyboard alone: an officer types in a paper response, saves it, finds the cursor back in the
 * first answer for the next one, is told what is missing when saving an empty form, then reads the responses screen
 * with its charts. Every page passes axe-core (WCAG 2.2 A and AA).
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class PaperAndResponsesJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    ParticipationService participation;

    @Test
    void an_officer_types_in_paper_responses_by_keyboard_and_reads_them_on_the_responses_screen() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);

        try (Browser officer = Browser.open(port)) {
            assertThat(officer.signIn(cast.lead().email(), TestAccounts.PASSWORD)).isEqualTo(cast.lead().displayName());
            officer.go("/consultation/" + consultation.id() + "/paper");
            officer.textContaining("#paper-count", "Entered in this sitting: 0");
            officer.assertAccessible("paper responses");
            officer.screenshot("paper-responses");

            tabTo(officer, "#form-field-agreement vaadin-radio-button");
            keys(officer, Keys.SPACE);
            tabTo(officer, "#form-field-whatMattersMost");
            keys(officer, "The footpath by the school floods every winter.");
            tabTo(officer, "#paper-save");
            keys(officer, Keys.ENTER);
            officer.textContaining("#paper-count", "Entered in this sitting: 1");
            assertThat(focusIsIn(officer, "#form-field-agreement")).as("focus back on the first answer").isTrue();

            tabTo(officer, "#paper-save");
            keys(officer, Keys.ENTER);
            officer.textContaining("#paper-count", "Not saved", "Entered in this sitting: 1");
            assertThat(focusIsIn(officer, "#form-field-agreement")).as("focus on the first answer to put right").isTrue();
            officer.assertAccessible("paper responses with problems");
            officer.screenshot("paper-responses-problems");

            officer.go("/consultation/" + consultation.id() + "/responses");
            officer.textContaining("#responses-status", "Showing 1 to 1 of 1 responses");
            officer.textContaining("#responses-list", "The footpath by the school floods every winter.");
            officer.assertAccessible("responses");
            officer.screenshot("responses");
            ((JavascriptExecutor) officer.driver()).executeScript(
                    "document.querySelector('#responses-summaries').scrollIntoView()");
            officer.screenshot("responses-summaries");
        }
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
    }

    private static boolean focusIsIn(Browser browser, String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(
                "const t = document.querySelector(arguments[0]); const a = document.activeElement;"
                        + "return !!t && !!a && (t === a || t.contains(a));", css));
    }

    /** Presses Tab until the focus is on (or inside) the element, as someone without a mouse would. */
    private static void tabTo(Browser browser, String css) {
        for (int presses = 0; presses < 80; presses++) {
            if (focusIsIn(browser, css)) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError("The keyboard could not reach " + css);
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        new Actions(browser.driver()).pause(Duration.ofMillis(250)).perform();
        browser.settle();
    }
}
