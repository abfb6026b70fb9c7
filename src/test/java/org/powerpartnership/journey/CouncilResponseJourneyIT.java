package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/** In a real browser: the response editor from the officer's inbox, sent to the panel, and the panel's evidence. */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class CouncilResponseJourneyIT {

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
    ResponseDrafting drafting;
    @Autowired
    SignOffService signOff;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_response_editor_and_stage_seven_evidence_pass_axe_and_the_response_goes_to_the_panel() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Safe paths and lights near the play area.", "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(29), consultation.processInstanceId());
        var theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting and paths came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths in the next budget.");
        cycle.completeAll(cast, consultation, Set.of(CouncilResponseService.TASK), null);
        drafting.prepare(cast.lead(), consultation.id(), "Light the two main paths through the park", "Head of Parks",
                LocalDate.ofInstant(time.now(), ZoneId.systemDefault()).plusMonths(4));
        WorkItem task = cycle.open(consultation, CouncilResponseService.TASK).get(0);

        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.lead());
            browser.go("/work/" + task.taskId());
            assertThat(browser.pathOnceAt("/consultation/" + consultation.id() + "/response"))
                    .isEqualTo("/consultation/" + consultation.id() + "/response");
            browser.textContaining("#response-theme-" + theme.id(), "Safety after dark", "Adopted");
            browser.assertAccessible("the council's response editor");
            browser.screenshot("response-01-editor");
            var send = browser.find("#response-send");
            browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", send);
            send.click();
            browser.settle();
            browser.textContaining("#response-status", "Sent to the panel");
            browser.textContaining("#response-state", "With the panel since");
            browser.screenshot("response-02-with-the-panel");
        }
        Gate gate = signOff.gatesOf(consultation.id()).stream().filter(g -> g.stage() == StageKey.ACCOUNTABILITY)
                .findFirst().orElseThrow();
        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.panel().get(1));
            browser.go("/panel/review/" + gate.id());
            browser.textContaining("#evidence-response", "Light the two main paths", "Head of Parks",
                    ResponseDrafting.MEASURE);
            browser.assertAccessible("stage 7's evidence with the response");
            browser.screenshot("response-03-panel-evidence");
        }
    }

    private static void signIn(Browser browser, SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }
}
