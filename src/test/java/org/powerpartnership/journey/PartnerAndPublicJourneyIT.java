package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * In a real browser, at desktop and phone widths: a visitor without an account finds a consultation and reads how to
 * take part, and what happened to a closed one; a partner opens their workspace and, with the keyboard alone, enters
 * a response for someone offline. Every page passes axe-core (WCAG 2.2 A and AA).
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class PartnerAndPublicJourneyIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

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
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_visitor_reads_the_public_pages_and_a_partner_enters_an_assisted_response_by_keyboard_at_two_widths() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation closed = closedWithResponse(cycle.cast(3));
        Consultation open = cycle.launch(cast, false);
        cycle.completeAll(cast, open, Set.of(), null);

        for (Dimension size : new Dimension[] {DESKTOP, PHONE}) {
            String width = size == DESKTOP ? "desktop" : "phone";
            try (Browser visitor = Browser.open(port, size)) {
                visitor.go("/have-your-say");
                assertThat(visitor.text("#public-open")).contains(open.title());
                assertThat(visitor.text("#public-closed")).contains(closed.title());
                visitor.assertAccessible("have your say, " + width);
                visitor.screenshot("public-have-your-say-" + width);

                pressEnterOn(visitor, "#public-link-" + open.ref());
                arriveAt(visitor, "/have-your-say/" + open.ref());
                assertThat(settledText(visitor, "#consultation-phase")).isEqualTo("Open now");
                visitor.textContaining("#consultation-take-part", "Answer the survey online",
                        cast.organisation().name(), "Ask for support to take part");
                visitor.assertAccessible("open consultation, " + width);
                visitor.screenshot("public-consultation-open-" + width);

                visitor.go("/have-your-say/" + closed.ref());
                assertThat(visitor.text("#consultation-outcome")).contains("You asked", "You said", "We did");
                visitor.assertAccessible("closed consultation, " + width);
                visitor.screenshot("public-consultation-closed-" + width);

                visitor.go("/have-your-say/NO-SUCH-CONSULTATION");
                assertThat(visitor.text("#consultation-missing")).contains("The link may be wrong");
                visitor.assertAccessible("consultation not found, " + width);
                visitor.screenshot("public-not-found-" + width);
            }

            try (Browser partner = Browser.open(port, size)) {
                signIn(partner, cast.partner());
                partner.go("/partner");
                assertThat(partner.text("#partner-consultation-" + open.ref())).contains(open.title());
                partner.assertAccessible("partner workspace, " + width);
                partner.screenshot("partner-workspace-" + width);

                pressEnterOn(partner, "#partner-assist-" + open.ref());
                arriveAt(partner, "/partner/assist/" + open.id());
                partner.assertAccessible("assisted response, " + width);
                partner.screenshot("partner-assist-" + width);

                tabTo(partner, "#form-field-agreement vaadin-radio-button");
                keys(partner, Keys.SPACE);
                tabTo(partner, "#form-field-whatMattersMost");
                keys(partner, "Mrs B cannot get to the shops since the bus stop moved.");
                tabTo(partner, "#assisted-resident-name");
                keys(partner, "B");
                tabTo(partner, "#assisted-submit");
                keys(partner, Keys.ENTER);
                assertThat(partner.text("#assisted-consent-problem")).contains("confirm that the person agreed");
                partner.assertAccessible("assisted response with a problem, " + width);
                partner.screenshot("partner-assist-problem-" + width);

                tabTo(partner, "#assisted-consent");
                keys(partner, Keys.SPACE);
                tabTo(partner, "#assisted-submit");
                keys(partner, Keys.ENTER);
                assertThat(partner.text("#assisted-done")).isEqualTo("Response sent");
                partner.assertAccessible("assisted response sent, " + width);
                partner.screenshot("partner-assist-done-" + width);
            }
        }
        assertThat(participation.figures(open.id()).assisted()).isEqualTo(2);
    }

    private Consultation closedWithResponse(Cycle.Cast cast) {
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Safe paths and lights near the play area.", "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        var theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths.");
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), null);
        drafting.prepare(cast.lead(), consultation.id(), "Light the two main paths", "Parks manager",
                LocalDate.ofInstant(time.now(), ZoneId.systemDefault()).plusMonths(4));
        cycle.completeAll(cast, consultation, Set.of(), null);
        time.reset();
        return consultation;
    }

    /** Presses Tab until the focus is on (or inside) the element, as someone without a mouse would. */
    private static void tabTo(Browser browser, String css) {
        JavascriptExecutor js = browser.driver();
        for (int presses = 0; presses < 80; presses++) {
            Boolean there = (Boolean) js.executeScript("const t = document.querySelector(arguments[0]);"
                    + "const a = document.activeElement; return !!t && !!a && (t === a || t.contains(a));", css);
            if (Boolean.TRUE.equals(there)) {
                return;
            }
            keys(browser, Keys.TAB);
        }
        throw new AssertionError("The keyboard could not reach " + css);
    }

    private static void pressEnterOn(Browser browser, String css) {
        tabTo(browser, css);
        keys(browser, Keys.ENTER);
    }

    private static void keys(Browser browser, CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        // the round trip a key starts may not have begun yet: give it a moment, then wait for it to finish
        new Actions(browser.driver()).pause(Duration.ofMillis(250)).perform();
        browser.settle();
    }

    /** The element's text once it has some (the view fills in after the navigation's round trip). */
    private static String settledText(Browser browser, String css) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            Object text = ((JavascriptExecutor) d).executeScript(
                    "const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : '';", css);
            return text == null || text.toString().isEmpty() ? null : text.toString();
        });
    }

    /** Waits until the browser shows the page at the path (navigation completes after a round trip). */
    private static void arriveAt(Browser browser, String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> path.equals(browser.path()));
        browser.settle();
    }

    private static void signIn(Browser browser, SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }
}
