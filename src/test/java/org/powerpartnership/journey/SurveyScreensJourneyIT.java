package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.Roles;
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
 * The resident's survey with what it is about (desktop and phone) and the printable paper version, in a real browser,
 * checked with axe-core (WCAG 2.2 A/AA) and photographed. The team's survey screens have their own journeys
 * ({@code SurveyBuilderJourneyIT}, {@code PaperAndResponsesJourneyIT}, {@code AnalysisJourneyIT}).
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class SurveyScreensJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_resident_reads_what_they_are_answering_then_answers_on_a_desktop_and_on_a_phone() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);

        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(390, 844)}) {
            String width = size.getWidth() < 600 ? "phone" : "desktop";
            SignedInUser resident = accounts.open(Roles.RESIDENT);
            try (Browser browser = Browser.open(port, size)) {
                signIn(browser, resident);
                browser.go("/my-tasks/survey/" + consultation.id());
                assertThat(browser.textContaining("#survey-introduction", "What we are asking"))
                        .contains("What you can still change", "The survey closes on");
                browser.assertAccessible("resident survey (" + width + ")");
                browser.screenshot("survey-resident-" + width);
            }
        }

        try (Browser anonymous = Browser.open(port)) {
            anonymous.go("/have-your-say/" + consultation.ref() + "/paper");
            assertThat(anonymous.textContaining("#paper-questions", "How much do you agree")).contains("Your age");
            anonymous.assertAccessible("survey on paper");
            anonymous.screenshot("survey-paper");
        }
    }

    private static void signIn(Browser browser, SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }
}
