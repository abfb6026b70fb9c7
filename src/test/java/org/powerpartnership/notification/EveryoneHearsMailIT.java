package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.participation.Adjustment;
import org.powerpartnership.participation.AdjustmentAnswered;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.shared.CouncilTime;
import org.powerpartnership.shared.LanguagePreferences;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.support.TestMailServer;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkOffered;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Over real SMTP (GreenMail) and the real engine: work offered reaches the person it is given to or the people of
 * its group in that consultation (never every officer of the council), reminders and overdue work reach the same
 * people, escalations the sponsor, and a resident the answer to their request for support; each in the person's
 * language, with the link to where they act, and once however often the event is handled.
 */
@IntegrationTest
class EveryoneHearsMailIT {

    static final String TITLE = "Parks and play spaces in Riverside";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    TestAccounts accounts;
    @Autowired
    LanguagePreferences languages;
    @Autowired
    WorkService work;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    AccountService accountService;
    @Autowired
    AdjustmentService adjustments;
    @Autowired
    WorkNotifications workNotifications;
    @Autowired
    SupportNotifications supportNotifications;
    @Autowired
    MailsSettle settle;
    @Value("${powerpartnership.base-url}")
    String baseUrl;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void work_is_offered_to_its_person_or_its_consultation_group_then_reminded_and_escalated_and_nobody_else_hears() {
        Cycle.Cast cast = cycle.cast(3);
        languages.choose(cast.coDesigner().userId(), "cy");
        languages.choose(cast.deputy().userId(), "cy");
        SignedInUser otherOfficer = accounts.open(Roles.OFFICER);
        Consultation consultation = cycle.launch(cast, false);

        // co-design: each co-designer is given their own task, a resident in "My tasks", a partner on the work page
        WorkItem residentCoDesign = cycle.open(consultation, "Task_CoDesignAsResident").get(0);
        assertThat(only(cast.coDesigner(), "Gwaith i chi")).satisfies(mail -> {
            assertThat(TestMailServer.subject(mail)).contains("Co-design the question and methods", TITLE);
            assertThat(TestMailServer.body(mail)).contains("Annwyl " + cast.coDesigner().displayName(),
                    "Gwnewch ef erbyn", baseUrl + "/my-tasks/task/" + residentCoDesign.taskId());
        });
        WorkItem partnerCoDesign = cycle.open(consultation, "Task_CoDesignAsPartner").get(0);
        assertThat(only(cast.partner(), "Work for you")).satisfies(mail -> assertThat(TestMailServer.body(mail))
                .contains("Dear " + cast.partner().displayName(), "Please do it by",
                        baseUrl + "/work/" + partnerCoDesign.taskId())
                .doesNotContain("whoever takes it first"));

        // the launch: the deputy and the sponsor hear they are on it; the lead launched it and knows
        assertThat(only(cast.deputy(), "Rydych chi ar dîm")).satisfies(mail -> assertThat(TestMailServer.body(mail))
                .contains("dirprwy swyddog arweiniol", TITLE, baseUrl + "/my-work"));
        assertThat(only(cast.sponsor(), "You are on the team")).satisfies(mail -> assertThat(TestMailServer.body(mail))
                .contains("sponsor", baseUrl + "/sponsor"));
        assertThat(subjects(cast.lead())).noneMatch(subject -> subject.startsWith("You are on the team"));

        // after co-design the team's own task: offered to the lead and the deputy, whoever takes it first
        time.advance(Duration.ofDays(15), consultation.processInstanceId());
        WorkItem agree = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);
        String due = CouncilTime.date(agree.dueAt(), Locale.UK);
        assertThat(only(cast.lead(), "Work for you: Agree the question and methods")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains("whoever takes it first", "Please do it by " + due,
                        baseUrl + "/work/" + agree.taskId()));
        assertThat(only(cast.deputy(), "Gwaith i chi: Agree the question and methods")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains(baseUrl + "/work/" + agree.taskId()));

        // two days before it is due, the same people are reminded; once it is overdue, they and the sponsor hear
        time.advance(Duration.ofDays(12).plusHours(1), consultation.processInstanceId());
        assertThat(only(cast.lead(), "Reminder: Agree the question and methods")).satisfies(mail -> {
            assertThat(TestMailServer.subject(mail)).endsWith("is due by " + due);
            assertThat(TestMailServer.body(mail)).contains(baseUrl + "/work/" + agree.taskId());
        });
        assertThat(only(cast.deputy(), "Nodyn atgoffa: mae Agree the question and methods")).isNotNull();
        time.advance(Duration.ofDays(2), consultation.processInstanceId());
        assertThat(only(cast.lead(), "Overdue: Agree the question and methods")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains("The sponsor has been told", due));
        assertThat(only(cast.deputy(), "Yn hwyr: Agree the question and methods")).isNotNull();
        assertThat(only(cast.sponsor(), "Escalated to you: work is overdue in “" + TITLE + "”")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains("Agree the question and methods",
                        baseUrl + "/sponsor"));

        // claimed, or the event handled again (a retry, the other node): nobody is told twice
        work.claim(cast.lead(), agree.taskId());
        workNotifications.workOffered(new WorkOffered(agree.taskId(), consultation.id(), "engagement-cycle",
                agree.taskKey(), agree.name(), null, List.of(), List.of(agree.candidateGroup()), agree.dueAt()));
        assertThat(subjects(cast.lead())).filteredOn(subject -> subject.startsWith("Work for you: Agree")).hasSize(1);
        assertThat(subjects(cast.deputy())).filteredOn(subject -> subject.startsWith("Gwaith i chi: Agree")).hasSize(1);

        // nobody outside the consultation's groups, and no panel member before a sign-off opens
        assertThat(delivered(otherOfficer.email())).isEmpty();
        for (SignedInUser member : cast.panel()) {
            assertThat(delivered(member.email())).as("mails to panel member %s", member.email()).isEmpty();
        }
    }

    @Test
    void a_resident_hears_the_answer_to_their_request_for_support_in_their_language_once() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        SignedInUser english = accounts.open(Roles.RESIDENT);
        SignedInUser welsh = accounts.open(Roles.RESIDENT);
        languages.choose(welsh.userId(), "cy");

        Adjustment asked = adjustments.request(english, consultation.id(),
                Map.of("kind", "interpreter", "details", "I need a Bengali interpreter at the drop-in session."));
        WorkItem arrange = cycle.open(consultation, "Task_ArrangeAdjustment").get(0);
        assertThat(only(cast.lead(), "Work for you: Arrange the support asked for")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains(baseUrl + "/work/" + arrange.taskId())
                        .doesNotContain(english.email(), "Bengali"));
        cycle.complete(cast, arrange, Map.of("outcome", "arranged",
                "messageToResident", "An interpreter will be with you at the drop-in on Saturday."));
        assertThat(only(english, "Your request for support: “" + TITLE + "”")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains("Dear " + english.displayName(), "it is arranged",
                        "An interpreter will be with you at the drop-in on Saturday.", baseUrl + "/support"));

        adjustments.request(welsh, consultation.id(),
                Map.of("kind", "format", "details", "Large print, please, for the survey and the leaflets."));
        cycle.complete(cast, cycle.open(consultation, "Task_ArrangeAdjustment").get(0), Map.of("outcome", "declined",
                "messageToResident", "We cannot print it in time, but a partner can read it with you."));
        assertThat(only(welsh, "Eich cais am gymorth: “" + TITLE + "”")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains("Annwyl " + welsh.displayName(),
                        "ni allan nhw ei drefnu", baseUrl + "/support")
                        .doesNotContain(english.email(), "interpreter"));

        supportNotifications.adjustmentAnswered(new AdjustmentAnswered(asked.id(), consultation.id(),
                english.userId(), "arranged"));
        assertThat(subjects(english)).as("handled again, told once").hasSize(1);
        assertThat(delivered(cast.coDesigner().email())).extracting(TestMailServer::subject)
                .noneMatch(subject -> subject.contains("support"));
    }

    @Test
    void an_invited_organisations_people_are_offered_its_role_and_each_juror_their_own_task() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        time.advance(Duration.ofDays(15), consultation.processInstanceId());
        cycle.completeAll(cast, consultation, Set.of("Task_AgreePartnerRole", "Task_PlanAccess"), null);

        // the organisation's role goes to its people, on the work page
        WorkItem role = cycle.open(consultation, "Task_AgreePartnerRole").get(0);
        assertThat(role.candidateGroup()).isEqualTo("organisation:" + cast.organisation().id());
        assertThat(only(cast.partner(), "Work for you: Accept a role and state your reach")).satisfies(mail ->
                assertThat(TestMailServer.body(mail)).contains(baseUrl + "/work/" + role.taskId()));

        // a deliberative panel: each juror drawn is given their own task, in "My tasks"
        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CONSULTATION_ID, consultation.id());
        variables.put(ProcessVariables.CONSULTATION_REF, consultation.ref());
        variables.put(ProcessVariables.TASK_DUE, "P14D");
        variables.put(ProcessVariables.REMIND_AFTER, "P12D");
        variables.put(ProcessVariables.CO_DESIGN_PERIOD, "P10D");
        workflow.start("deliberative-panel", consultation.ref(), variables);
        for (int i = 0; i < 8; i++) {
            accounts.open(Roles.RESIDENT);
        }
        cycle.complete(cast, cycle.open(consultation, "Task_RecruitDeliberativePanel").get(0), Map.of("panelSize", 8));
        cycle.complete(cast, cycle.open(consultation, "Task_PrepareEvidencePack").get(0), Map.of());
        for (WorkItem reflection : cycle.open(consultation, "Task_ReflectOnEvidence")) {
            // jurors are drawn from every resident, some of whom chose Welsh in other tests
            SignedInUser juror = accountService.signedInUser(reflection.assignee());
            assertThat(delivered(juror.email())).filteredOn(mail -> TestMailServer.subject(mail)
                            .contains("Read the evidence and write a reflection")).singleElement()
                    .satisfies(mail -> assertThat(TestMailServer.body(mail))
                            .contains(baseUrl + "/my-tasks/task/" + reflection.taskId())
                            .doesNotContain("whoever takes it first"));
        }
        assertThat(cycle.open(consultation, "Task_ReflectOnEvidence")).hasSize(8);
    }

    /** The one mail to this person whose subject starts so; fails when there is none or more than one. */
    private MimeMessage only(SignedInUser person, String subjectStart) {
        List<MimeMessage> matching = delivered(person.email()).stream()
                .filter(mail -> TestMailServer.subject(mail).startsWith(subjectStart)).toList();
        assertThat(matching).as("mails to %s starting “%s” among %s", person.email(), subjectStart,
                subjects(person)).hasSize(1);
        return matching.get(0);
    }

    private List<String> subjects(SignedInUser person) {
        return delivered(person.email()).stream().map(TestMailServer::subject).toList();
    }

    /** What has arrived for this address once every mail caused so far has left (mails leave in the background). */
    private List<MimeMessage> delivered(String address) {
        settle.await(Duration.ofSeconds(20));
        return TestMailServer.to(address);
    }

}
