package org.powerpartnership.accountability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.powerpartnership.accountability.ui.StageSignOffScreensIT.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentPlanning;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CouncilResponsePublished;
import org.powerpartnership.accountability.CouncilResponseService;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.ThemeDecision;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.Theme;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The council's response is public only when the panel approves stage 7: page, record and open data. */
@RecordApplicationEvents
class CouncilResponsePublicationIT extends KaribuTest {

    static final String REASON = "Lighting is affordable this year and most people asked for it.";
    static final String MEASURE = "Lights on along both paths, checked on an evening walk";

    @Autowired
    Cycle cycle;
    @Autowired
    org.powerpartnership.support.ResponseDrafting drafting;
    @Autowired
    EngineTime time;
    @Autowired
    ParticipationService participation;
    @Autowired
    CommitmentService commitments;
    @Autowired
    CommitmentPlanning planning;
    @Autowired
    CouncilResponseService responses;
    @Autowired
    SignOffService signOff;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationEvents events;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** Through the analysis to stage 7, the response decided and planned, and sent to the panel. */
    private record Sent(Cycle.Cast cast, Consultation consultation, Theme safety, Commitment lights) {
    }

    private Sent sentToThePanel() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Theme safety = drafting.throughTheCycleToTheResponse(cast, consultation);
        responses.saveDraft(cast.lead(), consultation.id(), new CouncilResponseService.Wording("", "", ""),
                List.of(new CouncilResponseService.DecisionInput(safety.id(), ThemeDecision.ADOPTED, REASON)));
        Commitment lights = planning.add(cast.lead(), consultation.id(), new CommitmentPlanning.CommitmentInput(
                "Light the two main paths through the park", "Head of Parks",
                LocalDate.ofInstant(time.now(), ZoneId.systemDefault()).plusMonths(4), MEASURE,
                List.of(safety.id())));
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        return new Sent(cast, consultation, safety, lights);
    }

    @Test
    void a_return_of_stage_seven_gives_the_response_back_to_the_team_and_the_next_round_locks_it_again() {
        Sent sent = sentToThePanel();
        Consultation consultation = sent.consultation();
        cycle.completeAll(sent.cast(), consultation, Set.of(CouncilResponseService.TASK), (item, seen) ->
                Map.of("decision", "return", "reasons", "Say when the lights go on, and who checks them after."));
        assertThat(commitments.responseOf(consultation.id())).isEmpty();
        assertThat(events.stream(CouncilResponsePublished.class)).isEmpty();

        signIn(sent.cast().lead());
        navigate("consultation/" + consultation.id() + "/response");
        assertThat(text(_get(Component.class, spec -> spec.withId("response-state")))).contains("Draft");
        assertThat(_find(Component.class, spec -> spec.withId("response-save"))).hasSize(1);
        planning.edit(sent.cast().lead(), sent.lights().id(), new CommitmentPlanning.CommitmentInput(
                "Light the two main paths through the park by October", "Head of Parks",
                sent.lights().dueOn(), MEASURE, List.of(sent.safety().id())));

        cycle.completeAll(sent.cast(), consultation, Set.of("Task_VoteOnStage"), null); // answered and sent again
        navigate("consultation/" + consultation.id() + "/response");
        assertThat(text(_get(Component.class, spec -> spec.withId("response-state")))).contains("With the panel");
        assertThat(_find(Component.class, spec -> spec.withId("response-save"))).isEmpty();
    }

    @Test
    void approving_stage_seven_publishes_the_response_with_its_decisions_and_commitments_and_not_before() {
        Sent sent = sentToThePanel();
        Cycle.Cast cast = sent.cast();
        Consultation consultation = sent.consultation();
        Theme safety = sent.safety();
        Commitment lights = sent.lights();
        Gate gate = signOff.gatesOf(consultation.id()).stream().filter(g -> g.stage() == StageKey.ACCOUNTABILITY)
                .findFirst().orElseThrow();

        // the panel reads the response as sent, with the decisions and the commitments, before it votes
        signIn(cast.panel().get(1));
        navigate("panel/review/" + gate.id());
        assertThat(text(_get(Component.class, spec -> spec.withId("evidence-response"))))
                .contains("Sent to the panel on", "You asked", "Safety after dark", "Adopted", REASON,
                        "Head of Parks", MEASURE);
        signOut();

        // with the panel: nothing of it is public yet
        HttpVisitor anonymous = new HttpVisitor(port);
        navigate("have-your-say/" + consultation.ref());
        assertThat(_find(Component.class, spec -> spec.withId("consultation-outcome-waiting"))).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("consultation-decisions"))).isEmpty();
        navigate("record/" + consultation.ref());
        assertThat(_find(Component.class, spec -> spec.withId("record-commitment-" + lights.id()))).isEmpty();
        assertThat(anonymous.get("/open-data/consultations/" + consultation.ref() + ".json").body())
                .doesNotContain(REASON, MEASURE);
        assertThat(events.stream(CouncilResponsePublished.class)).isEmpty();

        cycle.completeAll(cast, consultation, Set.of("Task_ReviewCommitment", "Task_ReportCommitmentProgress"), null);
        assertThat(signOff.gatesOf(consultation.id())).filteredOn(g -> g.stage() == StageKey.ACCOUNTABILITY)
                .extracting(Gate::outcome).containsExactly(Gate.APPROVED);
        var published = commitments.responseOf(consultation.id()).orElseThrow();
        assertThat(events.stream(CouncilResponsePublished.class))
                .containsExactly(new CouncilResponsePublished(consultation.id(), published.publishedAt()));
        assertThat(audit.forConsultation(consultation.id())).extracting(e -> e.action())
                .contains("response.submitted", "response.published");

        navigate("have-your-say/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-decisions"))))
                .contains("Safety after dark", "Adopted", REASON);
        assertThat(text(_get(Component.class, spec -> spec.withId("consultation-commitments"))))
                .contains("Light the two main paths", "Head of Parks", MEASURE, "Safety after dark");
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-decision-" + safety.id()))))
                .contains("Adopted", REASON);
        assertThat(text(_get(Component.class, spec -> spec.withId("record-commitment-" + lights.id()))))
                .contains(MEASURE, "Safety after dark");
        assertThat(anonymous.get("/open-data/consultations/" + consultation.ref() + ".json").body())
                .contains("\"decisions\"", "\"decision\":\"ADOPTED\"", REASON, "\"measure\":\"" + MEASURE + "\"",
                        "\"themes\":[\"Safety after dark\"]");

        signIn(cast.lead());
        navigate("consultation/" + consultation.id() + "/response");
        assertThat(text(_get(Component.class, spec -> spec.withId("response-state")))).contains("Published on");
        assertThat(text(_get(Component.class, spec -> spec.withId("decision-" + safety.id())))).contains(REASON);
        assertThat(_find(Component.class, spec -> spec.withId("commitment-save"))).isEmpty();
    }
}
