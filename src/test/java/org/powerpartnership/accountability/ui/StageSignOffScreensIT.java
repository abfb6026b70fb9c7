package org.powerpartnership.accountability.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffQueue;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ConsultationSettings;
import org.powerpartnership.consultation.LaunchRequest;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The panel's sign-off on its screens: the queue, the stage review with its evidence, the vote and its rules. */
class StageSignOffScreensIT extends KaribuTest {

    static final String APPROVAL_COMMENT = "Good to see the youth club asked this time; keep them in the next stage.";

    static final String REASONS_ONE = "The methods rely on online surveys only. Add paper and phone routes, please.";
    static final String REASONS_TWO = "Say how young carers will be reached; the co-designers asked for it twice.";
    static final String ANSWER = "We added a paper survey in libraries, a phone line, and sessions with the young carers' "
            + "group.";
    static final String ANSWER_TWO = "The carers' centre runs two sessions for young carers, in school holidays.";
    static final String NEW_QUESTION = "What would make the park work better for you, including young carers?";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    SignOffQueue queue;
    @Autowired
    ConsultationService consultations;
    @Autowired
    WorkService work;
    @Autowired
    AuditLog audit;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_returned_stage_reopens_its_task_with_the_earlier_values_the_officer_answers_each_reason_the_panel_sees_what_changed_and_the_record_shows_both_decisions() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate first = signOff.gatesOf(consultation.id()).get(0);

        // The queue shows the open sign-off, its deadline and how many have voted.
        signIn(cast.panel().get(0));
        navigate("panel");
        Article card = _get(Article.class, spec -> spec.withId("sign-off-" + first.id()));
        assertThat(text(card)).contains("1. Early engagement", "0 of 3 panel members have voted", "Your vote is needed");
        assertThat(_get(card, Anchor.class, spec -> spec.withId("review-gate-" + first.id())).getHref())
                .isEqualTo("panel/review/" + first.id());

        // The review shows the evidence from the records, then the vote.
        navigate("panel/review/" + first.id());
        assertThat(text(_get(Section.class, spec -> spec.withId("evidence-work"))))
                .contains("Agree the question and methods", "Co-design the question and methods");
        assertThat(text(_get(Section.class, spec -> spec.withId("evidence-participants"))))
                .contains(cast.lead().displayName(), "lead officer", cast.coDesigner().displayName());
        assertThat(_find(Section.class, spec -> spec.withId("evidence-summary"))).hasSize(1);
        assertThat(_find(Section.class, spec -> spec.withId("votes-so-far"))).isEmpty(); // not before voting
        voteOnScreen("return", REASONS_ONE);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("review-status")))).contains("Your vote is recorded");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("gate-state")))).contains("1 of 3 panel members");
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("my-vote")))).contains("return to the team");

        signIn(cast.panel().get(1));
        navigate("panel/review/" + first.id());
        voteOnScreen("return", REASONS_TWO);
        assertThat(signOff.gate(first.id()).outcome()).isEqualTo(Gate.RETURNED);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("gate-state")))).contains("Returned to the team");

        // The return reopens the stage's own task with what was submitted; the officer sees each reason there.
        assertThat(cycle.open(consultation)).noneMatch(item -> item.taskKey().startsWith("Task_Rework"));
        WorkItem reopened = cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0);
        signIn(cast.lead());
        navigate("work/" + reopened.taskId());
        assertThat(text(_get(Section.class, spec -> spec.withId("returned-stage"))))
                .contains("The panel returned this stage (round 1)", REASONS_ONE, REASONS_TWO,
                        "2 of 2 reasons still need your answer");
        TextArea question = _get(TextArea.class, spec -> spec.withId("form-field-consultationQuestion"));
        assertThat(question.getValue()).as("the earlier question, to change").isNotBlank();
        _setValue(question, NEW_QUESTION);
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("work-problem"))))
                .contains("Answer each of the panel’s reasons");
        assertThat(question.getValue()).as("nothing typed is lost").isEqualTo(NEW_QUESTION);
        _setValue(_get(TextArea.class, spec -> spec.withId("returned-answer-1")), ANSWER);
        _click(_get(Button.class, spec -> spec.withId("returned-save-1")));
        _setValue(_get(TextArea.class, spec -> spec.withId("returned-answer-2")), ANSWER_TWO);
        _click(_get(Button.class, spec -> spec.withId("returned-save-2")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("returned-stage-status"))))
                .contains("Every reason has an answer");
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(_find(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("work-done"))).hasSize(1);

        // The second round: the panel sees what changed since its last look, and the answers to its reasons.
        Gate second = signOff.gatesOf(consultation.id()).stream().filter(Gate::isOpen).findFirst().orElseThrow();
        assertThat(second.round()).isEqualTo(2);
        signIn(cast.panel().get(2));
        navigate("panel/review/" + second.id());
        assertThat(text(_get(Section.class, spec -> spec.withId("evidence-changes"))))
                .contains("What changed since your last look", "The consultation question", NEW_QUESTION,
                        REASONS_ONE, ANSWER, REASONS_TWO, ANSWER_TWO);
        assertThat(text(_get(Section.class, spec -> spec.withId("evidence-earlier"))))
                .contains("Round 1: Returned to the team", REASONS_ONE, REASONS_TWO, ANSWER);
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("vote-field-decision")), "approve");
        assertThat(_find(TextArea.class, spec -> spec.withId("vote-field-reasons")))
                .as("reasons are for a return").isEmpty();
        _setValue(_get(TextArea.class, spec -> spec.withId("vote-field-comments")), APPROVAL_COMMENT);
        _click(_get(Button.class, spec -> spec.withId("vote-submit")));
        assertThat(signOff.votes(second.id())).singleElement()
                .satisfies(vote -> assertThat(vote.reasons()).isEqualTo(APPROVAL_COMMENT));
        signIn(cast.panel().get(0));
        navigate("panel/review/" + second.id());
        voteOnScreen("approve", null);
        assertThat(signOff.gate(second.id()).outcome()).isEqualTo(Gate.APPROVED);

        // Anyone, without an account, reads both decisions with their reasons and the team's answer.
        signOut();
        navigate("record/" + consultation.ref());
        assertThat(text(_get(Component.class, spec -> spec.withId("record-EARLY_ENGAGEMENT-round-1"))))
                .contains("Returned to the team", "0 approved and 2 returned", REASONS_ONE, REASONS_TWO, ANSWER);
        assertThat(text(_get(Component.class, spec -> spec.withId("record-EARLY_ENGAGEMENT-round-2"))))
                .contains("Signed off", "2 approved and 0 returned", APPROVAL_COMMENT);
        // Test accounts sit as panel members without the resident role: named, as councillors or VCS members are.
        assertThat(text(_get(Component.class, spec -> spec.withId("record-EARLY_ENGAGEMENT-round-1"))))
                .contains(cast.panel().get(0).displayName());
    }

    @Test
    void the_officer_who_did_the_stage_work_reads_the_evidence_is_told_why_they_cannot_vote_and_the_service_refuses() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);

        signIn(cast.lead());
        navigate("panel/review/" + gate.id());
        assertThat(_find(Section.class, spec -> spec.withId("evidence-work"))).hasSize(1);
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("vote-refused"))))
                .contains("you did some of its work", "Agree the question and methods");
        assertThat(_find(Button.class, spec -> spec.withId("vote-submit"))).isEmpty();
        assertThat(signOff.stageWorkers(consultation.id(), gate.stage())).contains(cast.lead().userId());
        assertThatThrownBy(() -> signOff.vote(cast.lead(), gate.id(), "approve", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_panel_member_who_co_designed_the_stage_has_no_vote_on_it_the_screen_says_why_and_the_service_refuses() {
        Cycle.Cast cast = cycle.cast(4);
        SignedInUser coDesigningMember = cast.panel().get(0);
        LaunchRequest usual = cycle.launchRequest(cast, false, ConsultationSettings.defaults());
        Consultation consultation = consultations.launch(cast.lead(), new LaunchRequest(usual.brief(), usual.summary(),
                usual.leadOfficerId(), usual.deputyOfficerId(), usual.otherOfficerIds(), usual.panelMemberIds(),
                usual.sponsorId(), usual.partnerOrganisationIds(), List.of(coDesigningMember.userId()),
                false, usual.settings()));
        cycle.confirmPanel(cast, consultation);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).extracting(WorkItem::assignee)
                .hasSize(3).doesNotContain(coDesigningMember.userId());

        signIn(coDesigningMember);
        navigate("panel");
        assertThat(text(_get(Component.class, spec -> spec.withId("sign-off-" + gate.id() + "-you"))))
                .contains("You did work in this stage");
        navigate("panel/review/" + gate.id());
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("vote-refused"))))
                .contains("Co-design the question and methods (residents)", "must be independent");
        assertThatThrownBy(() -> signOff.vote(coDesigningMember, gate.id(), "approve", null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).extracting(p -> p.messageKey())
                                .containsExactly("signoff.vote.ownWork"));
    }

    @Test
    void a_resident_without_the_panel_role_cannot_open_the_sign_offs_a_review_or_a_vote() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        WorkItem someonesVote = cycle.open(consultation, "Task_VoteOnStage").get(0);

        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("panel");
        assertThat(_find(Section.class, spec -> spec.withId("open-sign-offs"))).isEmpty();
        navigate("panel/review/" + gate.id());
        assertThat(_find(Section.class, spec -> spec.withId("evidence-work"))).isEmpty();
        assertThat(_find(Section.class, spec -> spec.withId("vote-section"))).isEmpty();
        assertThatThrownBy(() -> queue.open(resident)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> work.complete(resident, someonesVote.taskId(), Map.of("decision", "approve")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signOff.vote(resident, gate.id(), "approve", null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_member_changes_their_vote_while_the_gate_is_open_both_are_logged_and_after_it_closes_nothing_changes() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        SignedInUser member = cast.panel().get(0);

        signIn(member);
        navigate("panel/review/" + gate.id());
        voteOnScreen("approve", null);
        _click(_get(Button.class, spec -> spec.withId("vote-change")));
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("vote-change-field-decision")), "return");
        _setValue(_get(TextArea.class, spec -> spec.withId("vote-change-field-reasons")), REASONS_ONE);
        _click(_get(Button.class, spec -> spec.withId("vote-change-submit")));
        assertThat(text(_get(Paragraph.class, spec -> spec.withId("review-status")))).contains("Your vote is changed");
        assertThat(signOff.voteOf(gate.id(), member.userId()).orElseThrow().decision()).isEqualTo("return");
        assertThat(audit.forConsultation(consultation.id())).extracting(entry -> entry.action())
                .contains("vote.cast", "vote.changed");

        cycle.open(consultation, "Task_VoteOnStage").forEach(item -> cycle.complete(cast, item,
                Map.of("decision", "approve")));
        assertThat(signOff.gate(gate.id()).isOpen()).isFalse();
        navigate("panel/review/" + gate.id());
        assertThat(_find(Button.class, spec -> spec.withId("vote-change"))).isEmpty();
        assertThat(_find(Paragraph.class, spec -> spec.withId("vote-final"))).hasSize(1);
        assertThatThrownBy(() -> signOff.changeVote(member, gate.id(), "approve", null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).extracting(p -> p.messageKey())
                                .containsExactly("signoff.vote.closed"));
    }

    @Test
    void a_vote_task_opened_from_an_inbox_lands_on_the_stage_review() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        SignedInUser member = cast.panel().get(1);
        WorkItem mine = cycle.open(consultation, "Task_VoteOnStage").stream()
                .filter(item -> member.userId().equals(item.assignee())).findFirst().orElseThrow();

        signIn(member);
        navigate("work/" + mine.taskId());
        assertThat(currentPath()).isEqualTo("panel/review/" + gate.id());
        assertThat(_find(Button.class, spec -> spec.withId("vote-submit"))).hasSize(1);
    }

    private Consultation openFirstGate(Cycle.Cast cast) {
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        return consultation;
    }

    private static void voteOnScreen(String decision, String reasons) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("vote-field-decision")), decision);
        if (reasons != null) {
            _setValue(_get(TextArea.class, spec -> spec.withId("vote-field-reasons")), reasons);
        }
        _click(_get(Button.class, spec -> spec.withId("vote-submit")));
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
