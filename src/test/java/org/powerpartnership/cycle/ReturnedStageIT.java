package org.powerpartnership.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.ReturnToAnswer;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.StageChanges;
import org.powerpartnership.accountability.StageReviews;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.survey.SurveyVersion;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;

/** A stage the panel returns goes back into its own work: answered reason by reason, then resubmitted. */
@IntegrationTest
class ReturnedStageIT {

    static final String NO_PAPER = "The access plan offers no paper route and no venues outside the town centre.";
    static final String NO_BSL = "Deaf residents are not mentioned: say how BSL users will take part, please.";

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    StageReviews reviews;
    @Autowired
    SurveyService surveys;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_returned_access_stage_reopens_plan_access_is_refused_until_each_reason_is_answered_then_goes_to_a_new_round() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        for (List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage"); !votes.isEmpty();
             votes = cycle.open(consultation, "Task_VoteOnStage")) {
            cycle.complete(cast, votes.get(0), Map.of("decision", "approve")); // until the gate closes
        }
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), (item, seen) ->
                item.taskKey().equals("Task_PlanAccess") ? Map.of("paperRoute", false) : null);
        List<WorkItem> accessVotes = cycle.open(consultation, "Task_VoteOnStage").stream()
                .filter(vote -> "ACCESS".equals(vote.stage())).toList();
        assertThat(accessVotes).hasSize(3);
        cycle.complete(cast, accessVotes.get(0), Map.of("decision", "return", "reasons", NO_PAPER));
        cycle.complete(cast, accessVotes.get(1), Map.of("decision", "return", "reasons", NO_BSL));

        // The stage's own task reopens; there is no separate rework task.
        List<WorkItem> reopened = cycle.open(consultation, "Task_PlanAccess");
        assertThat(reopened).hasSize(1);
        assertThat(cycle.open(consultation)).noneMatch(item -> item.taskKey().startsWith("Task_Rework"));
        ReturnToAnswer open = signOff.returnToAnswer(consultation.id(), StageKey.ACCESS).orElseThrow();
        assertThat(open.round()).isEqualTo(1);
        assertThat(open.reasons()).extracting(reason -> reason.reason()).containsExactly(NO_PAPER, NO_BSL);

        // Resubmitting with a reason unanswered is refused, and nothing moves.
        signOff.answerReason(cast.lead(), open.gateId(), open.reasons().get(0).id(),
                "We added paper copies in the three libraries and a freepost address.");
        assertThatThrownBy(() -> cycle.complete(cast.lead(), reopened.get(0), Map.of("paperRoute", true)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("panelAnswers:rework.answersMissing"));
        assertThat(cycle.open(consultation, "Task_PlanAccess")).hasSize(1);
        assertThat(gatesOfAccess(consultation)).hasSize(1);
        assertThatThrownBy(() -> signOff.answerReason(cast.lead(), open.gateId(), open.reasons().get(1).id(), "ok"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("rework.answer.length"));

        // Answered and resubmitted: a new round of the panel's sign-off, with what changed and the answers.
        signOff.answerReason(cast.lead(), open.gateId(), open.reasons().get(1).id(),
                "A BSL interpreter will be at both drop-ins, and the survey has a BSL video.");
        cycle.complete(cast.lead(), reopened.get(0), Map.of("paperRoute", true));

        assertThat(cycle.open(consultation, "Task_PlanAccess")).isEmpty();
        List<Gate> rounds = gatesOfAccess(consultation);
        assertThat(rounds).extracting(Gate::round).containsExactly(1, 2);
        assertThat(rounds.get(1).isOpen()).isTrue();
        assertThat(signOff.returnToAnswer(consultation.id(), StageKey.ACCESS)).isEmpty();
        assertThat(rounds.get(0).teamAnswer()).contains("freepost").contains("BSL interpreter");
        StageChanges.SinceReturn changes = reviews.changesSinceReturn(cast.lead(), rounds.get(1).id()).orElseThrow();
        assertThat(changes.returnedRound()).isEqualTo(1);
        assertThat(changes.changes()).extracting(StageChanges.FieldChange::label)
                .containsExactly("People can take part on paper");
        assertThat(changes.answers()).extracting(reason -> reason.answer()).allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).filteredOn(vote -> "ACCESS".equals(vote.stage()))
                .hasSize(3);

        // Once resubmitted, the answers are on the record as given.
        assertThatThrownBy(() -> signOff.answerReason(cast.lead(), open.gateId(), open.reasons().get(1).id(),
                "Changed my mind about the answer."))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("rework.answer.resubmitted"));
    }

    @Test
    void stage_one_resubmitted_after_a_return_publishes_a_changed_survey_as_the_next_version_with_the_reason() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        assertThat(surveys.versions(consultation.id())).extracting(SurveyVersion::version).containsExactly(1);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        cycle.complete(cast, votes.get(0), Map.of("decision", "return", "reasons", NO_PAPER));
        cycle.complete(cast, votes.get(1), Map.of("decision", "return", "reasons", NO_BSL));

        String published = surveys.published(consultation.id()).orElseThrow().json();
        surveys.saveDraft(cast.lead(), consultation.id(), published.replaceFirst("\"label\"\\s*:\\s*\"",
                "\"label\": \"Thinking of the park: "));
        cycle.complete(cast, cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0), Map.of());

        assertThat(surveys.versions(consultation.id())).extracting(SurveyVersion::version, SurveyVersion::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(2, SurveyService.CHANGED_AFTER_RETURN));
        assertThat(surveys.published(consultation.id()).orElseThrow().json()).contains("Thinking of the park: ");
        Gate second = signOff.gatesOf(consultation.id()).stream().filter(Gate::isOpen).findFirst().orElseThrow();
        assertThat(reviews.changesSinceReturn(cast.lead(), second.id()).orElseThrow().survey())
                .isEqualTo(new StageChanges.SurveyChange(1, 2, SurveyService.CHANGED_AFTER_RETURN));
    }

    @Test
    void stage_one_resubmitted_after_a_return_without_survey_changes_keeps_the_published_version() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        List<WorkItem> votes = cycle.open(consultation, "Task_VoteOnStage");
        cycle.complete(cast, votes.get(0), Map.of("decision", "return", "reasons", NO_PAPER));
        cycle.complete(cast, votes.get(1), Map.of("decision", "return", "reasons", NO_BSL));

        surveys.saveDraft(cast.lead(), consultation.id(), surveys.published(consultation.id()).orElseThrow().json());
        cycle.complete(cast, cycle.open(consultation, "Task_AgreeQuestionAndMethods").get(0), Map.of());

        assertThat(surveys.versions(consultation.id())).extracting(SurveyVersion::version).containsExactly(1);
        assertThat(signOff.gatesOf(consultation.id())).extracting(Gate::round).containsExactly(1, 2);
    }

    private List<Gate> gatesOfAccess(Consultation consultation) {
        return signOff.gatesOf(consultation.id()).stream().filter(gate -> gate.stage() == StageKey.ACCESS).toList();
    }
}
