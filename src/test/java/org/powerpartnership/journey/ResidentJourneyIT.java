package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * A newcomer in a real browser, on a desktop and on a phone: registers, signs in, finds the survey in "My tasks",
 * answers it, and asks for support; a juror reads the evidence and writes a reflection. Every page passes axe-core.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class ResidentJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AccountService accountService;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    AdjustmentService adjustments;

    static Stream<Arguments> screens() {
        return Stream.of(Arguments.of("desktop", new Dimension(1280, 900)),
                Arguments.of("phone", new Dimension(390, 844)));
    }

    @ParameterizedTest(name = "on a {0}")
    @MethodSource("screens")
    void a_newcomer_registers_answers_a_survey_and_asks_for_support_on_accessible_pages(String name, Dimension size) {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        String email = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String shot = "resident-" + name + "-";

        try (Browser browser = Browser.open(port, size)) {
            browser.go("/register");
            browser.type("#register-email", email).type("#register-name", "Sam Resident")
                    .type("#register-password", "bread and jam at ten")
                    .type("#register-confirm", "bread and jam at ten");
            press(browser, "#register-submit");
            assertThat(browser.path()).isEqualTo("/login");
            // the link mailed to the new address confirms it; only then can the account sign in
            browser.go(TestMailServer.linkPath(TestMailServer.awaitTo(email, 1).get(0), "/verify-email/"));
            assertThat(browser.text("#verify-outcome")).contains("your email address is confirmed");
            browser.go("/login");
            browser.type("vaadin-login-form vaadin-text-field", email);
            browser.find("vaadin-login-form vaadin-password-field input").sendKeys("bread and jam at ten", Keys.ENTER);
            browser.settle();
            assertThat(read(browser, "#signed-in-as")).isEqualTo("Sam Resident");

            browser.go("/my-tasks");
            String card = "article[data-task='survey:" + consultation.id() + "']";
            assertThat(read(browser, card)).contains("Answer the survey", consultation.title(), "Not started");
            browser.assertAccessible("my tasks (" + name + ")");
            browser.screenshot(shot + "01-my-tasks");

            press(browser, card + " a");
            assertThat(browser.pathOnceAt("/my-tasks/survey/" + consultation.id()))
                    .isEqualTo("/my-tasks/survey/" + consultation.id());
            browser.assertAccessible("survey task (" + name + ")");
            press(browser, "#form-field-agreement vaadin-radio-button");
            browser.type("#form-field-whatMattersMost", "Too short");
            press(browser, "#task-send");
            assertThat(read(browser, "#task-error")).contains("marked in red");
            assertThat(String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.querySelector('#form-field-whatMattersMost textarea').value")))
                    .isEqualTo("Too short");
            browser.assertAccessible("survey task with a problem (" + name + ")");
            browser.screenshot(shot + "02-survey-problem");
            browser.type("#form-field-whatMattersMost", "More shade and water fountains for hot days, please.");
            press(browser, "#task-send");
            assertThat(read(browser, "#task-done")).contains("We have your answers");
            browser.assertAccessible("survey sent (" + name + ")");
            browser.screenshot(shot + "03-survey-sent");

            browser.go("/support?consultation=" + consultation.id());
            browser.assertAccessible("ask for support (" + name + ")");
            choose(browser, "#form-field-kind", "Help with travel");
            browser.type("#form-field-details", "I use a wheelchair and need a taxi to the drop-in.");
            press(browser, "#support-send");
            assertThat(read(browser, "#support-sent")).contains("We have your request");
            assertThat(read(browser, "#support-list")).contains("Help with travel", "Waiting for a reply");
            browser.assertAccessible("support requested (" + name + ")");
            browser.screenshot(shot + "04-support");
        }
        assertThat(cycle.open(consultation, "Task_ArrangeAdjustment")).hasSize(1);
    }

    @ParameterizedTest(name = "on a {0}")
    @MethodSource("screens")
    void a_juror_reads_the_evidence_and_writes_a_reflection_on_an_accessible_page(String name, Dimension size) {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        for (int i = 0; i < 8; i++) {
            accounts.open(Roles.RESIDENT);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CONSULTATION_ID, consultation.id());
        variables.put(ProcessVariables.CONSULTATION_REF, consultation.ref());
        variables.put(ProcessVariables.TASK_DUE, "P14D");
        variables.put(ProcessVariables.REMIND_AFTER, "P12D");
        variables.put(ProcessVariables.CO_DESIGN_PERIOD, "P10D");
        workflow.start("deliberative-panel", consultation.ref(), variables);
        cycle.complete(cast, cycle.open(consultation, "Task_RecruitDeliberativePanel").get(0), Map.of("panelSize", 8));
        cycle.complete(cast, cycle.open(consultation, "Task_PrepareEvidencePack").get(0), Map.of("evidenceSummary",
                "Most visitors come on Saturday mornings. Families with small children asked for a fenced area.",
                "evidenceLinks", "https://example.org/park-visitor-counts",
                "sessionPlan", "Saturday 16 January, 10am to 1pm, Riverside Library (step-free, hearing loop)."));
        // jurors are drawn from every resident; take one whose password the test knows
        List<WorkItem> reflections = cycle.open(consultation, "Task_ReflectOnEvidence");
        WorkItem task = reflections.stream()
                .filter(t -> accountService.signedInUser(t.assignee()).email().endsWith("@test.example.org"))
                .findFirst().orElseThrow();
        SignedInUser juror = accountService.signedInUser(task.assignee());

        try (Browser browser = Browser.open(port, size)) {
            assertThat(browser.signIn(juror.email(), TestAccounts.PASSWORD)).isEqualTo(juror.displayName());
            browser.go("/my-tasks");
            press(browser, "article[data-task='task:" + task.taskId() + "'] a");
            assertThat(browser.pathOnceAt("/my-tasks/task/" + task.taskId())).isEqualTo("/my-tasks/task/" + task.taskId());
            assertThat(read(browser, "#task-evidence")).contains("fenced area");
            browser.assertAccessible("reflection task (" + name + ")");
            browser.screenshot("resident-" + name + "-05-reflection");
            press(browser, "#form-field-evidenceRead input");
            browser.type("#form-field-reflection",
                    "A fenced area near the gate would let parents relax while the small ones play.");
            press(browser, "#task-save");
            assertThat(read(browser, "#task-saved")).contains("finish later");
            press(browser, "#task-send");
            assertThat(read(browser, "#task-done")).contains("We have your answers");
            browser.assertAccessible("reflection sent (" + name + ")");
            assertThat(cycle.open(consultation, "Task_ReflectOnEvidence"))
                    .noneMatch(item -> item.taskId().equals(task.taskId()));

            // The others reflect too; then the juror says they can come to the session if they get help.
            for (WorkItem other : cycle.open(consultation, "Task_ReflectOnEvidence")) {
                cycle.complete(accountService.signedInUser(other.assignee()), other, Map.of());
            }
            WorkItem invitation = cycle.open(consultation, "Task_ConfirmSessionPlace").stream()
                    .filter(item -> item.assignee().equals(juror.userId())).findFirst().orElseThrow();
            browser.go("/my-tasks");
            press(browser, "article[data-task='task:" + invitation.taskId() + "'] a");
            assertThat(read(browser, "#task-session-plan")).contains("Riverside Library");
            press(browser, "#form-field-coming vaadin-radio-button:nth-of-type(2)");
            browser.type("#form-field-supportNeeded", "A hearing loop in the room, please, and a seat near the front.");
            browser.assertAccessible("session reply (" + name + ")");
            browser.screenshot("resident-" + name + "-06-session-reply");
            press(browser, "#task-send");
            assertThat(read(browser, "#task-next")).contains("Ask for support");
        }
        assertThat(cycle.open(consultation, "Task_ConfirmSessionPlace"))
                .noneMatch(item -> item.assignee().equals(juror.userId()));
    }

    private static String read(Browser browser, String css) {
        return String.valueOf(browser.driver().executeScript("return arguments[0].innerText", browser.find(css)));
    }

    /** Scrolls the element to the middle of the screen (clear of the app bar), then clicks it. */
    private static void press(Browser browser, String css) {
        WebElement element = browser.find(css);
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.settle();
    }

    /** Chooses a combo box item by typing its name, then the arrow key and Enter, as a keyboard user would. */
    private static void choose(Browser browser, String css, String item) {
        WebElement input = browser.find(css + " input");
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(item);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return [...document.querySelectorAll('vaadin-combo-box-overlay')]"
                        + ".some(o => { if (!o.opened) return false; const items = [...o.querySelectorAll("
                        + "'vaadin-combo-box-item')].filter(i => !i.hidden); return items.length > 0 && "
                        + "items.every(i => i.textContent.includes(arguments[0])); })", item)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.settle();
        assertThat(String.valueOf(((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[0].value", input))).isEqualTo(item);
    }
}
