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
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Main;
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
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** The sponsor's escalations and the commitments screen, and what they put on the public record. */
class SponsorAndCommitmentScreensIT extends KaribuTest {

    static final String SPONSOR_NOTE = "The panel has not reached a decision in time; the team must add the paper route.";
    static final String AT_RISK = "Contractor not yet appointed; the lighting budget is only half committed.";
    static final String SPONSOR_ANSWER = "I have asked Highways to appoint the contractor by March; I will report back.";
    static final String EXTENSION_REASON = "The contractor can only start once the winter closures are over.";
    static final String PROGRESS = "Lights are up on the first path; the second path is being wired this week.";
    static final String WITHDRAWN_BECAUSE = "The park is to be rebuilt next year, so new lights now would be wasted.";

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
    java.time.Clock clock;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

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
        // "Extend the due date" asks for the new date and the reason: none given, then one not after the old date
        _setValue(_get(sponsorCard, TextArea.class, spec -> spec.withId(escalation + "-field-extensionReason")),
                EXTENSION_REASON);
        _click(_get(sponsorCard, Button.class, spec -> spec.withId(escalation + "-submit")));
        DatePicker newDue = _get(sponsorCard, DatePicker.class, spec -> spec.withId(escalation + "-field-newDueOn"));
        assertThat(newDue.isInvalid()).isTrue();
        assertThat(newDue.getErrorMessage()).contains("new due date");
        LocalDate oldDue = commitments.get(commitment.id()).dueOn();
        _setValue(newDue, oldDue); // overdue: the old date has passed, which the form itself refuses
        _click(_get(sponsorCard, Button.class, spec -> spec.withId(escalation + "-submit")));
        assertThat(newDue.isInvalid()).isTrue();
        assertThat(newDue.getErrorMessage()).contains("today or a later date");
        assertThat(_get(sponsorCard, TextArea.class, spec -> spec.withId(escalation + "-field-response")).getValue())
                .isEqualTo(SPONSOR_ANSWER);
        LocalDate later = LocalDate.now(clock).plusMonths(2);
        _setValue(newDue, later);
        _click(_get(sponsorCard, Button.class, spec -> spec.withId(escalation + "-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("sponsor-status")))).contains("published");
        assertThat(commitments.get(commitment.id()).dueOn()).isEqualTo(later);
        assertThat(text(_get(Component.class, spec -> spec.withId(escalation + "-history"))))
                .contains("moved the due date", EXTENSION_REASON);

        signIn(cast.lead());
        navigate("commitments");
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-status")))).contains("Open");
        assertThat(text(_get(Component.class, spec -> spec.withId(id + "-history"))))
                .contains("Due date moved from", EXTENSION_REASON);

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-commitment-" + commitment.id()))))
                .contains("Panel review: at risk", AT_RISK, "Due date moved from", EXTENSION_REASON);
        assertThat(text(_get(Component.class, spec -> spec.withId("record-escalation-" + overdue.id()))))
                .contains("Overdue commitment", SPONSOR_ANSWER);
        assertThat(text(_get(Component.class, spec -> spec.withId("response-we-did")))).isNotBlank();
        assertThat(new HttpVisitor(port).get("/open-data/consultations/" + consultation.ref() + ".json").body())
                .contains("\"kind\":\"DUE_DATE_EXTENDED\"", "\"judgement\":\"" + oldDue + "/" + later + "\"",
                        EXTENSION_REASON);
    }

    @Test
    void the_sponsor_gives_an_off_track_commitment_a_later_due_date_never_the_same_or_an_earlier_one() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment commitment = publishResponseWithCommitment(cast, consultation, 6);
        time.advance(Duration.ofDays(93), consultation.processInstanceId());
        cycle.complete(cast, cycle.open(consultation, "Task_ReviewCommitment").get(0),
                Map.of("judgement", "off_track", "reasons", "No contractor yet and the budget is not agreed."));
        Escalation offTrack = escalations.openFor(cast.sponsor().userId()).stream()
                .filter(e -> Escalation.COMMITMENT_OFF_TRACK.equals(e.kind())).findFirst().orElseThrow();

        signIn(cast.sponsor());
        navigate("sponsor");
        String escalation = "escalation-" + offTrack.id();
        Article card = _get(Article.class, spec -> spec.withId(escalation));
        _setValue(_get(card, TextArea.class, spec -> spec.withId(escalation + "-field-response")), SPONSOR_ANSWER);
        _setValue(_get(card, RadioButtonGroup.class, spec -> spec.withId(escalation + "-field-action")), "extend");
        _setValue(_get(card, TextArea.class, spec -> spec.withId(escalation + "-field-extensionReason")),
                EXTENSION_REASON);
        DatePicker newDue = _get(card, DatePicker.class, spec -> spec.withId(escalation + "-field-newDueOn"));
        _setValue(newDue, commitment.dueOn());
        _click(_get(card, Button.class, spec -> spec.withId(escalation + "-submit")));
        assertThat(newDue.isInvalid()).isTrue();
        assertThat(newDue.getErrorMessage()).contains("after the current due date");
        assertThat(commitments.get(commitment.id()).dueOn()).isEqualTo(commitment.dueOn());

        _setValue(newDue, commitment.dueOn().plusMonths(3));
        _click(_get(card, Button.class, spec -> spec.withId(escalation + "-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("sponsor-status")))).contains("published");
        signIn(cast.lead());
        navigate("commitments");
        assertThat(text(_get(Article.class, spec -> spec.withId("commitment-" + commitment.id()))))
                .contains(Texts.date(_get(Main.class), commitment.dueOn().plusMonths(3)), EXTENSION_REASON);
    }

    @Test
    void every_commitment_task_names_its_commitment_and_a_progress_report_lands_on_its_own_card() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        drafting.throughTheCycleToTheResponse(cast, consultation);
        Commitment paths = drafting.prepare(cast.lead(), consultation.id(),
                "Light the two main paths through the park", "Parks manager", LocalDate.now(clock).plusMonths(2));
        // a second commitment, due later: its reminder (and so its progress task) is months away
        Commitment youth = drafting.commit(cast.lead(), consultation.id(), "Open the youth club two more evenings",
                "Youth Services Manager", paths.dueOn().plusMonths(3));
        cycle.completeAll(cast, consultation, Set.of(), null);
        time.advance(Duration.ofDays(58), consultation.processInstanceId());
        WorkItem report = cycle.open(consultation, "Task_ReportCommitmentProgress").get(0);
        assertThat(report.name()).contains("Light the two main paths", "Parks manager");

        signIn(cast.lead());
        navigate("my-work");
        assertThat(text(_get(Main.class))).contains("Report progress before the due date for “Light the two main paths");
        navigate("work/" + report.taskId());
        assertThat(text(_get(Main.class))).contains("The commitment this is about", "Parks manager",
                "Light the two main paths through the park");

        navigate("commitments");
        String pathsCard = "commitment-" + paths.id();
        String prefix = pathsCard + "-commitment-progress";
        assertThat(text(_get(Component.class, spec -> spec.withId(prefix + "-heading")))).contains("Light the two");
        assertThat(_find(Component.class, spec -> spec.withId("commitment-" + youth.id() + "-commitment-progress-form")))
                .isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId(prefix + "-field-progress")), PROGRESS);
        _click(_get(Button.class, spec -> spec.withId(prefix + "-submit")));
        assertThat(text(_get(Component.class, spec -> spec.withId(pathsCard + "-history")))).contains(PROGRESS);
        assertThat(text(_get(Component.class, spec -> spec.withId("commitment-" + youth.id() + "-history"))))
                .doesNotContain(PROGRESS);
        assertThat(commitments.reviewsOf(youth.id())).isEmpty();
    }

    @Test
    void the_team_reports_an_early_delivery_and_withdraws_a_commitment_with_reasons_shown_on_the_record() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        Commitment paths = publishResponseWithCommitment(cast, consultation, 9);
        String card = "commitment-" + paths.id();

        signIn(cast.lead());
        navigate("commitments");
        _setValue(_get(TextArea.class, spec -> spec.withId(card + "-deliver-text")), "Short.");
        _click(_get(Button.class, spec -> spec.withId(card + "-deliver-submit")));
        TextArea claim = _get(TextArea.class, spec -> spec.withId(card + "-deliver-text"));
        assertThat(claim.isInvalid()).isTrue();
        assertThat(claim.getValue()).isEqualTo("Short.");
        _setValue(claim, PROGRESS);
        _click(_get(Button.class, spec -> spec.withId(card + "-deliver-submit")));
        assertThat(text(_get(Component.class, spec -> spec.withId(card + "-status")))).contains("Delivery reported");
        assertThat(cycle.open(consultation, "Task_ConfirmDelivery")).hasSize(1);

        // The panel does not confirm it: nothing restarts, and the team withdraws it instead.
        cycle.complete(cast, cycle.open(consultation, "Task_ConfirmDelivery").get(0),
                Map.of("confirmed", "no", "reasons", "Only one of the two paths has lights so far."));
        navigate("commitments");
        _click(_get(Button.class, spec -> spec.withId(card + "-withdraw-submit")));
        TextArea reasons = _get(TextArea.class, spec -> spec.withId(card + "-withdraw-text"));
        assertThat(reasons.isInvalid()).isTrue();
        assertThat(reasons.getErrorMessage()).contains("Say why the commitment is withdrawn");
        _setValue(reasons, WITHDRAWN_BECAUSE);
        _click(_get(Button.class, spec -> spec.withId(card + "-withdraw-submit")));
        assertThat(text(_get(Component.class, spec -> spec.withId(card + "-status")))).contains("Withdrawn");
        assertThat(text(_get(Component.class, spec -> spec.withId(card + "-withdrawn")))).contains(WITHDRAWN_BECAUSE);
        assertThat(_find(Component.class, spec -> spec.withId(card + "-withdraw-submit"))).isEmpty();
        assertThat(cycle.open(consultation)).noneMatch(item -> "commitment-review".equals(item.processKey()));

        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-commitment-" + paths.id()))))
                .contains("Withdrawn", WITHDRAWN_BECAUSE, "Reported as delivered", "Panel check: not delivered yet");
        assertThat(new HttpVisitor(port).get("/open-data/consultations/" + consultation.ref() + ".json").body())
                .contains("\"status\":\"WITHDRAWN\"", "\"kind\":\"WITHDRAWN\"", WITHDRAWN_BECAUSE);
    }

    /** Through the cycle, as EngagementCycleIT does, to a published response with one commitment. */
    private Commitment publishResponseWithCommitment(Cycle.Cast cast, Consultation consultation, int dueInMonths) {
        drafting.throughTheCycleToTheResponse(cast, consultation);
        LocalDate due = LocalDate.now(clock).plusMonths(dueInMonths);
        Commitment commitment = drafting.prepare(cast.lead(), consultation.id(),
                "Light the two main paths through the park", "Parks manager", due);
        cycle.completeAll(cast, consultation, Set.of(), null);
        assertThat(commitments.responseOf(consultation.id())).isPresent();
        return commitment;
    }
}
