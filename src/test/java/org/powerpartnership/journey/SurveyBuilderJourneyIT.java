package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * The survey builder in real Chromium: the list with the co-designers' column, the question editor, a refused save
 * and the preview in its phone frame all pass axe-core (WCAG 2.2 A and AA), on a desktop and on a phone.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class SurveyBuilderJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    Cycle cycle;

    @Test
    void the_survey_builder_its_editor_a_refused_save_and_the_phone_preview_are_accessible() {
        check(new Dimension(1280, 900), "desktop");
        check(new Dimension(390, 844), "phone");
    }

    private void check(Dimension size, String device) {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        try (Browser browser = Browser.open(port, size)) {
            assertThat(browser.signIn(cast.lead().email(), TestAccounts.PASSWORD)).isEqualTo(cast.lead().displayName());
            browser.go("/consultation/" + consultation.id() + "/survey");
            browser.textContaining("#survey-questions", "How much do you agree with the proposal?");
            browser.assertAccessible("survey builder (" + device + ")");
            browser.screenshot("survey-builder-01-" + device);

            click(browser, "#survey-item-1-edit");
            browser.textContaining("#question-editor-heading", "Edit question");
            browser.assertAccessible("survey builder, editing a question (" + device + ")");
            click(browser, "#question-cancel");

            click(browser, "#survey-item-1-remove");
            click(browser, "#survey-item-1-remove");
            click(browser, "#survey-item-1-remove");
            click(browser, "#survey-item-1-remove");
            click(browser, "#survey-save");
            browser.textContaining("#survey-problems", "Add at least one question");
            browser.assertAccessible("survey builder, a refused save (" + device + ")");

            browser.go("/consultation/" + consultation.id() + "/survey");
            click(browser, "#survey-preview-button");
            browser.textContaining("#survey-preview", "How much do you agree with the proposal?");
            click(browser, "#survey-preview-width vaadin-radio-button:last-of-type");
            browser.assertAccessible("survey preview in a phone frame (" + device + ")");
            browser.screenshot("survey-builder-02-preview-" + device);
        }
    }

    /** Brings the element to the middle of the screen first: the shell's sticky header must not cover it. */
    private static void click(Browser browser, String css) {
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
        browser.click(css);
    }
}
