package org.powerpartnership.accountability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.powerpartnership.accountability.ui.StageSignOffScreensIT.text;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.SponsorDesk;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ThemeService;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.ResponseDrafting;
import org.springframework.beans.factory.annotation.Autowired;

/** The sponsor's escalations and the commitments screen, and what they put on the public record. */
class SponsorAndCommitmentScreensIT extends KaribuTest {

    static final String SPONSOR_NOTE = "The panel has not reached a decision in time; the team must add the paper route.";
    static final String AT_RISK = "Contractor not yet appointed; the lighting budget is only half committed.";
    static final String SPONSOR_ANSWER = "I have asked Highways to appoint the contractor by March; I will report back.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    SponsorDesk desk;
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
    void the_sponsor_sees_a_sign_off_past_its_deadline_with_its_history_responds_and_the_public_record_shows_it() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        SignedInUser voter = cast.panel().get(0);
        cycle.complete(voter, cycle.open(consultation, "Task_VoteOnStage").stream()
                .filter(item -> voter.userId().equals(item.assignee())).findFirst().orElseThrow(),
                Map.of("decision", "approve"));
        time.advance(Duration.ofDays(10).plusHours(1), consultation.processInstanceId());
        Escalation escalation = escalations.openFor(cast.sponsor().userId()).get(0);
        assertThat(escalation.kind()).isEqualTo(Escalation.GATE_DEADLINE);

        signIn(cast.sponsor());
        navigate("sponsor");
        String id = "escalation-" + escalation.id();
        Article card = _get(Article.class, spec -> spec.withId(id));
        assertThat(text(card)).contains("Sign-off past its deadline", "1. Early engagement", "Overdue",
                consultation.title());
        assertThat(text(_get(card, Component.class, spec -> spec.withId(id + "-history"))))
                .contains("Sent to the panel", voter.displayName() + " voted: approve", "Escalated to the sponsor");

        _setValue(_get(card, RadioButtonGroup.class, spec -> spec.withId(id + "-field-decision")), "return");
        _setValue(_get(card, TextArea.class, spec -> spec.withId(id + "-field-note")), SPONSOR_NOTE);
        _click(_get(card, Button.class, spec -> spec.withId(id + "-submit")));

        assertThat(text(_get(Paragraph.class, spec -> spec.withId("sponsor-status")))).contains("published");
        assertThat(_find(Paragraph.class, spec -> spec.withId("no-open-escalations"))).hasSize(1);
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-response-published"))))
                .contains(SPONSOR_NOTE);
        assertThat(signOff.gate(gate.id()).outcome()).isEqualTo(Gate.RETURNED);

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-escalation-" + escalation.id()))))
                .contains("Sign-off past its deadline", SPONSOR_NOTE);
        assertThat(text(_get(Component.class, spec -> spec.withId("record-EARLY_ENGAGEMENT-round-1"))))
                .contains("Returned to the team", "return the stage to the team", SPONSOR_NOTE);
    }

    @Test
    void an_escalation_without_a_task_of_its_own_is_answered_in_words_which_must_say_enough() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        long escalationId = escalations.raise(consultation.id(), Escalation.TASK_OVERDUE,
                "Agree the question and methods", "task-overdue-1");
        SignedInUser otherSponsor = cycle.cast(3).sponsor();
        assertThat(desk.open(otherSponsor)).isEmpty();

        signIn(cast.sponsor());
        navigate("sponsor");
        String id = "escalation-" + escalationId;
        TextArea response = _get(TextArea.class, spec -> spec.withId(id + "-response"));
        _setValue(response, "Soon.");
        _click(_get(Button.class, spec -> spec.withId(id + "-submit")));
        assertThat(response.isInvalid()).isTrue();
        assertThat(response.getErrorMessage()).contains("20 to 4,000 characters");
        assertThat(response.getValue()).isEqualTo("Soon.");

        _setValue(response, "The deputy officer takes this on this week; I have checked they have time.");
        _click(_get(Button.class, spec -> spec.withId(id + "-submit")));
        assertThat(escalations.of(consultation.id())).singleElement()
                .satisfies(answered -> assertThat(answered.response()).startsWith("The deputy officer"));
    }

    @Test
    void the_panel_records_a_scheduled_review_an_overdue_commitment_is_marked_and_answered_by_the_sponsor_in_public() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = publishResponseWithCommitment(cast, consultation, 5);

        // Three months on, the panel's first scheduled review falls due.
        time.advance(Duration.ofDays(93), consultation.processInstanceId());
        assertThat(cycle.open(consultation, "Task_ReviewCommitment")).hasSize(1);
        signIn(cast.panel().get(1));
        navigate("commitments");
        String id = "commitment-" + commitment.id();
        Article card = _get(Article.class, spec -> spec.withId(id));
        assertThat(text(card)).contains("Light the two main paths", "Parks manager", "Open");
        String prefix = id + "-commitment-review";
        _setValue(_get(card, RadioButtonGroup.class, spec -> spec.withId(prefix + "-field-judgement")), "at_risk");
        _click(_get(card, Button.class, spec -> spec.withId(prefix + "-submit")));
        assertThat(_get(card, TextArea.class, spec -> spec.withId(prefix + "-field-reasons")).isInvalid()).isTrue();
        _setValue(_get(card, TextArea.class, spec -> spec.withId(prefix + "-field-reasons")), AT_RISK);
        _click(_get(card, Button.class, spec -> spec.withId(prefix + "-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("commitments-status")))).contains("recorded");
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-status")))).contains("At risk");
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-history"))))
                .contains("Panel review: at risk", AT_RISK);

        // Past the due date, undelivered: overdue, marked, and escalated to the sponsor.
        time.advance(Duration.ofDays(62), consultation.processInstanceId());
        navigate("commitments");
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-status")))).contains("Overdue");
        assertThat(_get(Article.class, spec -> spec.withId(id)).getClassNames()).contains("pp-overdue");

        Escalation overdue = escalations.openFor(cast.sponsor().userId()).stream()
                .filter(e -> Escalation.COMMITMENT_OVERDUE.equals(e.kind())).findFirst().orElseThrow();
        signIn(cast.sponsor());
        navigate("sponsor");
        String escalation = "escalation-" + overdue.id();
        Article sponsorCard = _get(Article.class, spec -> spec.withId(escalation));
        assertThat(text(sponsorCard)).contains("Overdue commitment", "Light the two main paths",
                "Panel review: at risk");
        _setValue(_get(sponsorCard, TextArea.class, spec -> spec.withId(escalation + "-field-response")),
                SPONSOR_ANSWER);
        _setValue(_get(sponsorCard, RadioButtonGroup.class, spec -> spec.withId(escalation + "-field-action")),
                "extend");
        _click(_get(sponsorCard, Button.class, spec -> spec.withId(escalation + "-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("sponsor-status")))).contains("published");

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-commitment-" + commitment.id()))))
                .contains("Overdue", "Panel review: at risk", AT_RISK);
        assertThat(text(_get(Component.class, spec -> spec.withId("record-escalation-" + overdue.id()))))
                .contains("Overdue commitment", SPONSOR_ANSWER);
        assertThat(text(_get(Component.class, spec -> spec.withId("response-we-did")))).isNotBlank();
    }

    /** Through the cycle, as EngagementCycleIT does, to a published response with one commitment. */
    private Commitment publishResponseWithCommitment(Cycle.Cast cast, Consultation consultation, int dueInMonths) {
        cycle.completeAll(cast, consultation, Set.of(), null);
        time.advance(Duration.ofDays(7), consultation.processInstanceId());
        cycle.completeAll(cast, consultation, Set.of(), null);
        participation.respond(cast.coDesigner(), consultation.id(),
                Map.of("agreement", "agree", "whatMattersMost", "Safe paths and lights near the play area.",
                        "ageBand", "25-34"), "online", null);
        time.advance(Duration.ofDays(22), consultation.processInstanceId());
        var theme = themes.add(cast.lead(), consultation.id(), "Safety after dark", "Lighting and paths came up.");
        themes.consider(cast.lead(), theme.id(), "We will add lighting to the two main paths in the next budget.");
        cycle.completeAll(cast, consultation, Set.of("Task_PublishCouncilResponse"), null);
        LocalDate due = LocalDate.ofInstant(time.now(), java.time.ZoneId.systemDefault()).plusMonths(dueInMonths);
        Commitment commitment = drafting.prepare(cast.lead(), consultation.id(),
                "Light the two main paths through the park", "Parks manager", due);
        cycle.completeAll(cast, consultation, Set.of(), null);
        assertThat(commitments.responseOf(consultation.id())).isPresent();
        return commitment;
    }
}
