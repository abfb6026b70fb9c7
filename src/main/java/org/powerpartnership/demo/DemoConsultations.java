package org.powerpartnership.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.PanelRoster;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.ThemeDecision;
import org.powerpartnership.shared.CouncilTime;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchDrafts;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.WindowExtensions;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.EmbeddedDatabase;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationDetails;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.Registration;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.participation.ResponseCoding;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.powerpartnership.workflow.WorkflowPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's consultations, seeded on the first start of the embedded default so every demo account has real
 * work waiting. Everything goes through the same services people use; the engine's clock is wound back to give
 * the oldest consultation a history.
 * <ul>
 *   <li><b>Riverside community safety plan</b>: all seven stages signed off five months ago; one commitment is
 *   overdue (the sponsor must answer), another is under the panel's review.</li>
 *   <li><b>Parks and play spaces in Riverside</b>: early engagement returned once with reasons, then signed off;
 *   the access plan waits for panel votes; a partner has a role to accept; a resident asked for childcare.</li>
 *   <li><b>Library opening hours</b>: just launched; residents and partners co-design the question.</li>
 *   <li><b>A cleaner, greener Riverside high street</b>: stages 1 to 3 signed off three days ago, so its
 *   participation window is open (and was extended by two weeks, with the reason on its public page): the demo
 *   resident (or anyone who joins) can answer its survey, and the partner can enter an assisted response for someone
 *   offline.</li>
 * </ul>
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "powerpartnership.demo-data", havingValue = "true")
class DemoConsultations implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoConsultations.class);

    private final EmbeddedDatabase database;
    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ConsultationService consultations;
    private final LaunchDrafts launchDrafts;
    private final NetworkService network;
    private final OrganisationApplications applications;
    private final OrganisationDirectory directory;
    private final WindowExtensions windowExtensions;
    private final Clock clock;
    private final WorkService work;
    private final WorkflowPort workflow;
    private final ThemeService themes;
    private final ResponseCoding coding;
    private final DemoResponses demoResponses;
    private final CommitmentPlanning planning;
    private final CouncilResponseService responses;
    private final AdjustmentService adjustments;
    private final ProcessEngine engine;
    private final SignOffService signOff;
    private final PanelRoster panels;

    DemoConsultations(EmbeddedDatabase database, JdbcClient jdbc, AccountService accounts,
                      ConsultationService consultations, LaunchDrafts launchDrafts, NetworkService network,
                      OrganisationApplications applications, OrganisationDirectory directory,
                      WindowExtensions windowExtensions, Clock clock, WorkService work, WorkflowPort workflow,
                      ThemeService themes, ResponseCoding coding, DemoResponses demoResponses,
                      CommitmentPlanning planning, CouncilResponseService responses, AdjustmentService adjustments,
                      ProcessEngine engine, SignOffService signOff, PanelRoster panels) {
        this.database = database;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.consultations = consultations;
        this.launchDrafts = launchDrafts;
        this.network = network;
        this.applications = applications;
        this.directory = directory;
        this.windowExtensions = windowExtensions;
        this.clock = clock;
        this.work = work;
        this.workflow = workflow;
        this.themes = themes;
        this.coding = coding;
        this.demoResponses = demoResponses;
        this.planning = planning;
        this.responses = responses;
        this.adjustments = adjustments;
        this.engine = engine;
        this.signOff = signOff;
        this.panels = panels;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!database.isEmbedded()
                || jdbc.sql("select count(*) from consultation").query(Long.class).single() > 0) {
            return;
        }
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean jobsWereRunning = jobs != null && jobs.isActive();
        if (jobsWereRunning) {
            jobs.shutdown(); // we move the engine's clock; nothing else may act on it meanwhile
        }
        try {
            Cast cast = cast();
            safetyPlan(cast);
            parksAndPlay(cast);
            libraryHours(cast);
            highStreet(cast);
            LOG.info("Seeded four demo consultations");
        } finally {
            ClockUtil.reset();
            SecurityContextHolder.clearContext();
            if (jobsWereRunning) {
                jobs.start();
            }
        }
    }

    /** The demo accounts, by their part. */
    record Cast(SignedInUser officer, SignedInUser deputy, SignedInUser resident, SignedInUser partner,
                List<SignedInUser> panel, SignedInUser sponsor, Organisation cvs, Organisation faithForum) {

        SignedInUser byId(String userId) {
            return java.util.stream.Stream.concat(panel.stream(),
                            java.util.stream.Stream.of(officer, deputy, resident, partner, sponsor))
                    .filter(user -> user.userId().equals(userId)).findFirst().orElseThrow();
        }
    }

    private Cast cast() {
        SignedInUser partner = user("partner@example.org");
        SignedInUser officer = user("officer@example.org");
        // the CVS joins as a council's partners would: Pat registers it, an officer reviews it on the work page
        as(partner);
        long application = applications.register(partner, new Registration("Riverside Community Voluntary Service",
                OrganisationKind.INFRASTRUCTURE.code(), List.of("Riverside"),
                "Support, training and volunteers for Riverside's voluntary and community groups.",
                "We would like to help the council reach the groups we support."));
        as(officer);
        WorkItem review = workflow.openWorkItemsFor(OrganisationApplications.BUSINESS_KEY_PREFIX + application).get(0);
        work.complete(officer, review.taskId(), Map.of("decision", "approve",
                "notes", "Welcome: we know the CVS well and its contact is reachable."));
        Organisation cvs = network.organisation(applications.application(application).organisationId());
        // the faith forum is in the directory (an officer added it), with nobody from it signed up yet
        long faithId = directory.add(officer, new OrganisationDetails("Riverside Faith Forum",
                OrganisationKind.FAITH_GROUP, "The churches, mosques, gurdwara and temple of Riverside, working together.",
                null, null, null, List.of("Riverside"),
                Set.of(new GroupServed("ageBand", "65-74"), new GroupServed("caring", "yes")), null));
        return new Cast(officer, user("deputy@example.org"), user("resident@example.org"),
                accounts.signedInUser(partner.userId()),
                List.of(user("panel@example.org"), user("panel2@example.org"), user("panel3@example.org"),
                        user("panel4@example.org"), user("panel5@example.org")),
                user("sponsor@example.org"), cvs, network.organisation(faithId));
    }

    private SignedInUser user(String email) {
        return accounts.signedInUser(accounts.userIdForSignIn(email).orElseThrow());
    }

    // ------------------------------------------------------------------ the three consultations

    private void safetyPlan(Cast cast) {
        move(-150);
        Consultation safety = launch(cast, "Riverside community safety plan",
                "How should the council and community groups make Riverside feel safer? Tell us what worries you.",
                List.of(cast.panel().get(4).userId()), false);
        Map<String, Object> question = Map.of(
                "consultationQuestion", "What would help you feel safe in Riverside, day and night?",
                "methods", List.of("online_survey", "drop_in", "paper_survey", "assisted_by_partner"),
                "coDesignSummary", "Residents asked us to ask about the evenings as well as the day, and to meet "
                        + "people where they already are: the station, the estate and the youth club.",
                "stageSummary", "The question and methods were co-designed with residents and the CVS.");
        completeAll(cast, safety, Set.of(),
                item -> "agree-question-methods".equals(item.formRef()) ? question : null);
        demoResponses.respond(cast.partner(), cast.officer(), safety);
        move(-121);
        runDueJobs(safety);
        var theme = themes.add(cast.officer(), safety.id(), "Lighting and paths",
                "Most people mentioned dark paths between the station and the estate.");
        themes.consider(cast.officer(), theme.id(),
                "Lighting is affordable this year; CCTV is not, so we put lighting first.");
        var youth = themes.add(cast.officer(), safety.id(), "Somewhere for young people",
                "Young people and parents asked for a place to go in the evenings.");
        // coded as the analysis screen codes them: every response raised the paths, some the evenings
        var said = coding.responses(cast.officer(), safety.id(), false, 0, 100);
        for (int i = 0; i < said.size(); i++) {
            List<Long> tags = i % 2 == 0 ? List.of(theme.id(), youth.id()) : List.of(theme.id());
            String passage = i == 0 ? "walking home in the evening" : i == 1 ? "lights on the paths" : null;
            coding.setTags(cast.officer(), safety.id(), said.get(i).id(), tags, passage);
        }
        themes.consider(cast.officer(), youth.id(),
                "We will fund two youth club evenings and ask young people to run them with us.");
        completeAll(cast, safety, Set.of("Task_PublishCouncilResponse"), item -> null);
        as(cast.officer());
        // as the response screen does it: a decision with its reason on each theme, then the commitments
        responses.saveDraft(cast.officer(), safety.id(), DemoValues.responseWording(), List.of(
                new CouncilResponseService.DecisionInput(theme.id(), ThemeDecision.ADOPTED,
                        "Lighting is affordable this year and answers what most people told us."),
                new CouncilResponseService.DecisionInput(youth.id(), ThemeDecision.ADOPTED_IN_PART,
                        "Two more evenings now, not every night: the budget allows two, run with young people.")));
        planning.add(cast.officer(), safety.id(), new CommitmentPlanning.CommitmentInput(
                "Light the path from the station to Parkside estate", "Head of Highways", today().plusDays(60),
                "Lights on along the whole path, checked by the panel on an evening walk", List.of(theme.id())));
        planning.add(cast.officer(), safety.id(), new CommitmentPlanning.CommitmentInput(
                "Open the youth club two more evenings a week, run with young people", "Youth Services Manager",
                today().plusDays(240), "The club open on two more evenings, with a rota young people agreed",
                List.of(youth.id())));
        completeAll(cast, safety, Set.of(), item -> null);
    }

    private void parksAndPlay(Cast cast) {
        move(-20);
        Consultation parks = launch(cast, "Parks and play spaces in Riverside",
                "Tell us what would make Riverside's parks and play areas better for your family.",
                List.of(cast.panel().get(0).userId()), false);
        // Priya (panel and resident) co-designs, so she may not sign off early engagement: the rule in action.
        completeAll(cast, parks, Set.of("Task_VoteOnStage"), item -> null);
        vote(cast, parks, cast.panel().get(1), "return",
                "The methods rely on online surveys. Add ways for people without internet, and other languages.");
        vote(cast, parks, cast.panel().get(2), "return",
                "Please say how young carers will be reached; the co-designers asked for this.");
        // The return reopens "Agree the question and methods": the team answers each reason, then resubmits.
        as(cast.officer());
        signOff.returnToAnswer(parks.id(), StageKey.EARLY_ENGAGEMENT).ifPresent(open -> open.reasons()
                .forEach(reason -> signOff.answerReason(cast.officer(), open.gateId(), reason.id(),
                        "We added two school-gate drop-ins, a paper survey in Polish and Bengali, and young carers "
                                + "reached through the carers' centre, as the panel asked.")));
        completeAll(cast, parks, Set.of("Task_VoteOnStage"), item -> null);
        vote(cast, parks, cast.panel().get(1), "approve", null);
        vote(cast, parks, cast.panel().get(2), "approve", null);
        vote(cast, parks, cast.panel().get(3), "approve", null);
        move(-2);
        completeAll(cast, parks, Set.of("Task_VoteOnStage", "Task_AgreePartnerRole"), item -> null);
        ClockUtil.reset();
        as(cast.resident());
        adjustments.request(cast.resident(), parks.id(), DemoValues.forForm("adjustment-request"));
    }

    private void libraryHours(Cast cast) {
        ClockUtil.reset();
        Consultation library = launch(cast, "Library opening hours",
                "Should Riverside library open later on weekdays or on Sunday afternoons? Help us shape the question.",
                List.of(cast.resident().userId()), false);
        LOG.debug("Launched {}", library.ref());
    }

    private void highStreet(Cast cast) {
        move(-3);
        Map<String, Object> brief = DemoValues.brief("A cleaner, greener Riverside high street", "consult", 28);
        brief.put("issue", "People say the high street feels dirty and grey, and some shops stand empty.");
        brief.put("formativeStatement", "You can help choose what we do first: more trees and planters, more bins "
                + "and cleaning, or seats and shelter. The budget of 250,000 pounds is fixed.");
        brief.put("iap2Promise", "We will listen to you, tell you what we heard, and show how it changed our plan.");
        brief.put("budget", new java.math.BigDecimal("250000"));
        Consultation highStreet = launch(cast, brief,
                "We want to make Riverside high street cleaner and greener. Tell us what matters most to you.",
                List.of(cast.resident().userId()), false);
        Map<String, Object> question = Map.of(
                "consultationQuestion", "What would make Riverside high street a better place for you to spend time?",
                "methods", List.of("online_survey", "drop_in", "paper_survey", "assisted_by_partner"),
                "coDesignSummary", "Residents asked us to ask about cleaning as well as trees, and to run a drop-in at the market.",
                "stageSummary", "The question and methods were co-designed with residents and the CVS.");
        completeAll(cast, highStreet, Set.of(),
                item -> "agree-question-methods".equals(item.formRef()) ? question : null);
        // the market drop-in moved, so the lead gives people two more weeks, as on the overview
        as(cast.officer());
        LocalDate closes = LocalDate.ofInstant(consultations.get(highStreet.id()).windowClosesAt(), clock.getZone());
        windowExtensions.extend(cast.officer(), highStreet.id(), closes.plusDays(14),
                "The market drop-in moved to the last Saturday of the month, so the survey stays open two weeks longer.");
        LOG.debug("Opened the participation window of {}", highStreet.ref());
    }

    // ------------------------------------------------------------------ driving

    private Consultation launch(Cast cast, String title, String summary, List<String> coDesigners,
                                boolean deliberative) {
        return launch(cast, DemoValues.brief(title, "involve", 28), summary, coDesigners, deliberative);
    }

    private Consultation launch(Cast cast, Map<String, Object> brief, String summary, List<String> coDesigners,
                                boolean deliberative) {
        as(cast.officer());
        LaunchRequest request = new LaunchRequest(brief, summary, cast.officer().userId(), cast.deputy().userId(),
                List.of(), cast.panel().stream().map(SignedInUser::userId).toList(), cast.sponsor().userId(),
                List.of(cast.cvs().id()), coDesigners, deliberative, ConsultationSettings.defaults());
        Consultation launched = launchDrafts.launch(cast.officer(), null, request); // as the launch screen does
        panels.confirm(cast.sponsor(), launched.id()); // then the sponsor confirms the panel on the sponsor page
        return launched;
    }

    /** Does the consultation's open work, each item by the person it belongs to, until only {@code stopAt} remain. */
    private void completeAll(Cast cast, Consultation consultation, Set<String> stopAt,
                             Function<WorkItem, Map<String, Object>> values) {
        for (int guard = 0; guard < 200; guard++) {
            List<WorkItem> open = workflow.openWorkItemsForConsultation(consultation.id()).stream()
                    .filter(item -> !stopAt.contains(item.taskKey())).toList();
            if (open.isEmpty()) {
                return;
            }
            WorkItem item = open.get(0);
            SignedInUser who = actor(cast, item);
            as(who);
            Map<String, Object> submitted = values.apply(item);
            work.complete(who, item.taskId(), submitted != null ? submitted : valuesFor(item));
        }
        throw new IllegalStateException("Demo consultation did not settle: " + consultation.ref());
    }

    private Map<String, Object> valuesFor(WorkItem item) {
        return switch (item.formRef()) {
            case "panel-vote" -> DemoValues.vote("approve", null);
            case "commitment-delivery-check" -> Map.of("confirmed", "yes");
            default -> DemoValues.forForm(item.formRef());
        };
    }

    private void vote(Cast cast, Consultation consultation, SignedInUser member, String decision, String reasons) {
        workflow.openWorkItemsForConsultation(consultation.id()).stream()
                .filter(item -> "Task_VoteOnStage".equals(item.taskKey()) && member.userId().equals(item.assignee()))
                .findFirst()
                .ifPresent(item -> {
                    as(member);
                    work.complete(member, item.taskId(), DemoValues.vote(decision, reasons));
                });
    }

    private SignedInUser actor(Cast cast, WorkItem item) {
        if (item.assignee() != null) {
            return cast.byId(item.assignee());
        }
        return switch (item.candidateGroup().split(":")[0]) {
            case "officer" -> cast.officer();
            case "panel" -> cast.panel().get(1);
            case "sponsor" -> cast.sponsor();
            case "partner" -> cast.partner();
            // an organisation's own work: the demo partner speaks for the CVS only
            case "organisation" -> cast.partner();
            default -> throw new IllegalStateException("No demo actor for " + item.candidateGroup());
        };
    }

    private void runDueJobs(Consultation consultation) {
        DemoJobs.runDue(engine, consultations.get(consultation.id()).processInstanceId());
    }

    /** Puts the engine's (and so the application's) clock the given number of days from the real now. */
    private static void move(int days) {
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().plus(Duration.ofDays(days))));
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CouncilTime.zone());
    }

    /** Services read the current user for some checks; the demo acts as each person in turn. */
    static void as(SignedInUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
