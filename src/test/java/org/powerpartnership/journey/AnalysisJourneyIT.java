package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ResponseCoding;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * An officer in a real browser reads the coded responses and themes, records a consideration by keyboard, and the
 * analysis screen and the panel's evidence with its themes pass axe-core (WCAG 2.2 A/AA).
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class AnalysisJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;
    @Autowired
    ResponseCoding coding;
    @Autowired
    SignOffService signOff;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_analysis_screen_and_the_panels_themes_are_accessible_and_work_by_keyboard() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        long response = participation.respond(cast.partner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "The toilets are always locked when we visit the park.", "ageBand", "35-44"),
                "assisted", cast.partner().userId());
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        var toilets = themes.add(cast.lead(), consultation.id(), "Locked toilets", "People find the toilets locked.");
        coding.tag(cast.lead(), response, toilets.id(), "always locked");

        // tall, so the screenshots show the responses and the completion form too
        try (Browser browser = Browser.open(port, new Dimension(1280, 2400))) {
            signIn(browser, cast.lead());
            browser.go("/consultation/" + consultation.id() + "/analysis");
            assertThat(read(browser, "#analysis-themes")).contains("Locked toilets", "1 response(s) raised this",
                    "“always locked”");
            assertThat(read(browser, "#response-" + response)).contains("The toilets are always locked");
            browser.assertAccessible("analysis");
            browser.screenshot("analysis-01-themes-and-responses");

            var consideration = browser.find("#theme-" + toilets.id() + "-consideration textarea");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", consideration);
            consideration.click();
            consideration.sendKeys("We will keep the toilets open until seven in the evening.");
            consideration.sendKeys(Keys.TAB);
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);   // "Save consideration"
            browser.settle();
            assertThat(read(browser, "#analysis-status")).contains("Consideration recorded");
            browser.assertAccessible("analysis with the completion form");
            browser.screenshot("analysis-02-considered");
        }
        cycle.complete(cast.lead(), cycle.open(consultation, "Task_AnalyseResponses").get(0), Map.of());
        Gate gate = signOff.gatesOf(consultation.id()).stream()
                .filter(g -> g.stage() == StageKey.PARTICIPATION && g.isOpen()).findFirst().orElseThrow();
        try (Browser browser = Browser.open(port, new Dimension(1280, 2400))) {
            signIn(browser, cast.panel().get(0));
            browser.go("/panel/review/" + gate.id());
            assertThat(read(browser, "#evidence-themes")).contains("Locked toilets", "“always locked”",
                    "We will keep the toilets open until seven in the evening.");
            browser.assertAccessible("participation stage review with themes");
            browser.screenshot("analysis-03-panel-evidence");
        }
    }

    private static String read(Browser browser, String css) {
        return String.valueOf(browser.driver().executeScript("return arguments[0].innerText", browser.find(css)));
    }

    private static void signIn(Browser browser, SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }
}
