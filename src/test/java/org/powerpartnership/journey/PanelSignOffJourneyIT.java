package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.Escalations;
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

/**
 * A panel member in a real browser signs in, opens a stage review and approves it; anyone then reads the decision
 * on the public record without signing in. Every panel, sponsor and public page passes axe-core (WCAG 2.2 A/AA).
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class PanelSignOffJourneyIT {

    static final String RETURN_REASONS = "The methods rely on online surveys only. Add paper and phone routes.";
    static final String RETURN_REASONS_TWO = "Say how young carers will be reached; the co-designers asked for it.";

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    Escalations escalations;
    @Autowired
    CommitmentService commitments;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    ParticipationService participation;
    @Autowired
    ThemeService themes;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_panel_member_reviews_and_approves_a_stage_and_anyone_reads_the_decision_on_accessible_pages() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        SignedInUser member = cast.panel().get(0);

        try (Browser browser = Browser.open(port)) {
            signIn(browser, member);
            browser.go("/panel");
            assertThat(read(browser, "#sign-off-" + gate.id())).contains("Your vote is needed");
            browser.assertAccessible("sign-off queue");
            browser.screenshot("panel-01-sign-off-queue");

            browser.click("#review-gate-" + gate.id());
            assertThat(browser.pathOnceAt("/panel/review/" + gate.id())).isEqualTo("/panel/review/" + gate.id());
            assertThat(read(browser, "#evidence-work")).contains("Agree the question and methods");
            browser.assertAccessible("stage review");
            browser.screenshot("panel-02-stage-review");

            press(browser, "#vote-field-decision vaadin-radio-button");
            press(browser, "#vote-submit");
            assertThat(read(browser, "#review-status")).contains("Your vote is recorded");
            assertThat(read(browser, "#my-vote")).contains("approve");
            assertThat(read(browser, "#gate-state")).contains("1 of 3 panel members have voted");
            browser.assertAccessible("stage review after voting");
            browser.screenshot("panel-03-voted");
        }
        WorkItem second = cycle.open(consultation, "Task_VoteOnStage").get(0);
        cycle.complete(cast, second, Map.of("decision", "approve"));
        assertThat(signOff.gate(gate.id()).outcome()).isEqualTo(Gate.APPROVED);

        try (Browser anonymous = Browser.open(port)) {
            anonymous.go("/record/" + consultation.ref());
            assertThat(anonymous.has("#sign-in-link")).isTrue();
            assertThat(read(anonymous, "#record-EARLY_ENGAGEMENT-round-1")).contains("Signed off", "2 approved");
            anonymous.assertAccessible("public record");
            anonymous.screenshot("public-01-record");
            anonymous.go("/record");
            assertThat(read(anonymous, "#log-gate-" + gate.id())).contains("Signed off");
            anonymous.assertAccessible("accountability log");
            anonymous.screenshot("public-02-log");
        }
    }

    @Test
    void the_officer_answers_a_returned_stage_on_its_own_task_and_the_panel_reads_what_changed_on_accessible_pages() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        cycle.complete(cast, votes.get(0), Map.of("decision", "return", "reasons", RETURN_REASONS));
        cycle.complete(cast, votes.get(1), Map.of("decision", "return", "reasons", RETURN_REASONS_TWO));
        WorkItem reopened = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);

        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.lead());
            browser.go("/work/" + reopened.taskId());
            assertThat(read(browser, "#returned-stage")).contains("The panel returned this stage", RETURN_REASONS,
                    RETURN_REASONS_TWO);
            browser.assertAccessible("returned stage task");
            browser.screenshot("officer-01-returned-stage");
            browser.type("#returned-answer-1", "We added paper copies in the libraries and a phone line.");
            press(browser, "#returned-save-1");
            browser.type("#returned-answer-2", "The carers' centre runs two sessions for young carers.");
            press(browser, "#returned-save-2");
            assertThat(read(browser, "#returned-stage-status")).contains("Every reason has an answer");
            browser.type("#form-field-consultationQuestion",
                    "What would make the park work better for you, including young carers?");
            press(browser, "#work-submit");
            assertThat(read(browser, "#work-done")).isNotBlank();
        }
        Gate second = signOff.gatesOf(consultation.id()).stream().filter(Gate::isOpen).findFirst().orElseThrow();
        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.panel().get(2));
            browser.go("/panel/review/" + second.id());
            assertThat(read(browser, "#evidence-changes")).contains("What changed since your last look",
                    "including young carers", "phone line");
            browser.assertAccessible("stage review after a return");
            browser.screenshot("panel-05-what-changed");
        }
    }

    @Test
    void the_sponsor_and_commitment_pages_pass_axe_with_their_forms_open() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        time.advance(Duration.ofDays(7), consultation.processInstanceId());
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(), Map.of("agreement", "agree",
                "whatMattersMost", "Safe paths and lights near the play area.", "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(22), consultation.processInstanceId());
        var theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting and paths came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths in the next budget.");
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), null);
        drafting.prepare(cast.lead(), consultation.id(), "Light the two main paths through the park", "Parks manager",
                LocalDate.ofInstant(time.now(), ZoneId.systemDefault()).plusMonths(4));
        cycle.completeAll(cast, consultation, Set.of(), null);
        time.advance(Duration.ofDays(93), consultation.processInstanceId());   // the first panel review
        time.advance(Duration.ofDays(40), consultation.processInstanceId());   // past the due date: overdue
        assertThat(escalations.openFor(cast.sponsor().userId())).isNotEmpty();

        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.panel().get(0));
            browser.go("/commitments");
            assertThat(read(browser, "main")).contains("Light the two main paths", "Overdue");
            browser.assertAccessible("commitments with a review to record");
            browser.screenshot("panel-04-commitments");
        }
        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.lead());
            browser.go("/commitments");
            assertThat(read(browser, "main")).contains("Report progress before the due date for “Light the two main paths",
                    "Report delivery", "Withdraw this commitment");
            browser.assertAccessible("commitments with the team's progress report, delivery and withdrawal");
            browser.screenshot("officer-commitments");
        }
        try (Browser browser = Browser.open(port)) {
            signIn(browser, cast.sponsor());
            browser.go("/sponsor");
            assertThat(read(browser, "#open-escalations")).contains("Overdue commitment");
            browser.assertAccessible("sponsor's escalations");
            browser.screenshot("sponsor-01-escalations");
        }
        try (Browser anonymous = Browser.open(port)) {
            anonymous.go("/record/" + consultation.ref());
            assertThat(read(anonymous, "#record-commitments")).contains("Overdue");
            anonymous.assertAccessible("public record with commitments");
            anonymous.screenshot("public-03-record-commitments");
        }
    }

    /**
     * The rendered text of an element. WebDriver's own getText leaves out whatever is scrolled out of the app layout's
     * content area, so long pages are read with the browser's innerText.
     */
    private static String read(Browser browser, String css) {
        return String.valueOf(browser.driver().executeScript("return arguments[0].innerText", browser.find(css)));
    }

    /** Scrolls the element to the middle of the screen (clear of the app bar), then clicks it. */
    private static void press(Browser browser, String css) {
        var element = browser.find(css);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.settle();
    }

    private static void signIn(Browser browser, SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }
}
