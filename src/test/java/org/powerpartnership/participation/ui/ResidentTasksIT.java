package org.powerpartnership.participation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.participation.DeliberationService;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.participation.TaskDrafts;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ResidentTasksIT extends KaribuTest {

    static final String SESSION_PLAN = "Tuesday 12 January, 6pm to 8pm, Riverside Library (step-free), with food.";
    static final String MATTERS = "Safe paths to the playground, and lights in winter evenings.";

    @Autowired
    Cycle cycle;
    @Autowired
    ParticipationService participation;
    @Autowired
    ResidentTasks tasks;
    @Autowired
    TaskDrafts drafts;
    @Autowired
    WorkflowPort workflow;
    @Autowired
    AccountService accountService;
    @Autowired
    DeliberationService deliberation;
    @Autowired
    AdjustmentService adjustments;

    /** A consultation whose participation window is open. */
    Consultation openConsultation() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);
        return consultation;
    }

    @Test
    void a_resident_finds_the_survey_in_my_tasks_answers_it_and_sees_it_done() {
        Consultation consultation = openConsultation();
        signInAs(Roles.RESIDENT);
        navigate("my-tasks");
        Article card = surveyCard(consultation);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("pp-task-status")).getText()).isEqualTo("Not started");
        assertThat(card.getElement().getTextRecursively()).contains("Answer the survey", consultation.title(),
                "Please finish by");

        navigate("my-tasks/survey/" + consultation.id());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText()).isEqualTo("Answer the survey");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-consultation")).getText())
                .contains(consultation.title());
        answerSurvey(MATTERS);
        _click(_get(Button.class, spec -> spec.withId("task-send")));

        assertThat(_get(H1.class, spec -> spec.withId("task-done")).getText()).contains("We have your answers");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-next")).getText()).contains("council team");
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
        navigate("my-tasks");
        Article done = _get(_get(Section.class, spec -> spec.withId("my-tasks-done")), Article.class,
                spec -> spec.withAttribute("data-task", "survey:" + consultation.id()));
        assertThat(_get(done, Span.class, spec -> spec.withClasses("pp-task-status")).getText()).isEqualTo("Done");
        assertThat(done.getElement().getTextRecursively()).contains("Done on");
        assertThat(_get(done, com.vaadin.flow.component.html.Anchor.class).getHref())
                .as("they can follow what happens with what they said").isEqualTo("have-your-say/" + consultation.ref());
    }

    @Test
    void a_problem_is_shown_beside_the_field_and_what_was_typed_stays() {
        Consultation consultation = openConsultation();
        signInAs(Roles.RESIDENT);
        navigate("my-tasks/survey/" + consultation.id());
        RadioButtonGroup<String> agreement = radio("form-field-agreement");
        agreement.setValue("disagree");
        TextArea matters = _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));
        matters.setValue("Short");
        _click(_get(Button.class, spec -> spec.withId("task-send")));

        assertThat(matters.isInvalid()).isTrue();
        assertThat(matters.getErrorMessage()).contains("at least 10 characters");
        assertThat(matters.getValue()).isEqualTo("Short");
        assertThat(agreement.getValue()).isEqualTo("disagree");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-error")).getText()).contains("marked in red");
        assertThat(participation.figures(consultation.id()).responses()).isZero();
    }

    @Test
    void answers_saved_for_later_come_back_after_signing_out_and_go_once_sent() {
        Consultation consultation = openConsultation();
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("my-tasks/survey/" + consultation.id());
        radio("form-field-agreement").setValue("agree");
        _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")).setValue("Half a thought");
        _click(_get(Button.class, spec -> spec.withId("task-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-saved")).getText()).contains("finish later");

        signOut();
        signIn(resident);
        navigate("my-tasks");
        assertThat(_get(surveyCard(consultation), Span.class, spec -> spec.withClasses("pp-task-status")).getText())
                .isEqualTo("Saved, not sent yet");
        navigate("my-tasks/survey/" + consultation.id());
        TextArea matters = _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost"));
        assertThat(matters.getValue()).isEqualTo("Half a thought");
        assertThat(radio("form-field-agreement").getValue()).isEqualTo("agree");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-saved")).getText()).contains("put back");

        matters.setValue(MATTERS);
        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_find(H1.class, spec -> spec.withId("task-done"))).hasSize(1);
        assertThat(drafts.load(resident, "survey:" + consultation.id())).isEmpty();
    }

    @Test
    void sending_the_survey_twice_records_one_response_and_says_so_plainly() {
        Consultation consultation = openConsultation();
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("my-tasks/survey/" + consultation.id());
        answerSurvey(MATTERS);
        tasks.submitSurvey(resident, consultation.id(), Map.of("agreement", "agree", "whatMattersMost", MATTERS));

        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-message")).getText())
                .contains("already answered");
        assertThat(participation.figures(consultation.id()).responses()).isEqualTo(1);
        navigate("my-tasks/survey/" + consultation.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-message")).getText())
                .contains("already answered");
        assertThat(_find(Button.class, spec -> spec.withId("task-send"))).isEmpty();
    }

    @Test
    void a_survey_that_is_not_open_is_refused_with_a_plain_message() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation notYetOpen = cycle.launch(cast, false);
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("my-tasks/survey/" + notYetOpen.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-message")).getText())
                .contains("cannot answer this survey now");
        assertThat(_find(Button.class, spec -> spec.withId("task-send"))).isEmpty();
        navigate("my-tasks/survey/999999999");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-message")).getText())
                .contains("cannot answer this survey now");
        assertThatThrownBy(() -> tasks.submitSurvey(resident, notYetOpen.id(),
                Map.of("agreement", "agree", "whatMattersMost", MATTERS)))
                .isInstanceOf(org.powerpartnership.shared.InvalidInputException.class);
        assertThat(participation.figures(notYetOpen.id()).responses()).isZero();
    }

    @Test
    void a_juror_reads_the_evidence_and_sends_a_reflection() {
        Juror juror = jurorWithReflection("The park is used most by families with children under five.");
        signIn(juror.resident());
        navigate("my-tasks");
        assertThat(taskCard(juror.task()).getElement().getTextRecursively())
                .contains("Read the evidence and say what you think");

        navigate("my-tasks/task/" + juror.task().taskId());
        Section evidence = _get(Section.class, spec -> spec.withId("task-evidence"));
        assertThat(evidence.getElement().getTextRecursively())
                .contains("used most by families with children under five");
        _get(Checkbox.class, spec -> spec.withId("form-field-evidenceRead")).setValue(true);
        _get(TextArea.class, spec -> spec.withId("form-field-reflection")).setValue(
                "I think the younger children need a fenced area near the entrance, away from the road.");
        _click(_get(Button.class, spec -> spec.withId("task-send")));

        assertThat(_find(H1.class, spec -> spec.withId("task-done"))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-next")).getText()).contains("panel");
        assertThat(cycle.open(juror.consultation(), "Task_ReflectOnEvidence"))
                .noneMatch(item -> item.taskId().equals(juror.task().taskId()));

        // Back in "My tasks" the reflection has moved to "Done", with the day it was sent and no link to redo it.
        navigate("my-tasks");
        Section done = _get(Section.class, spec -> spec.withId("my-tasks-done"));
        Article card = _get(done, Article.class, spec -> spec.withAttribute("data-task", "task:" + juror.task().taskId()));
        assertThat(_get(card, Span.class, spec -> spec.withClasses("pp-task-status")).getText()).isEqualTo("Done");
        assertThat(card.getElement().getTextRecursively()).contains("Read the evidence and say what you think",
                juror.consultation().title(), "Done on").doesNotContain("Please finish by");
        assertThat(_find(card, com.vaadin.flow.component.html.Anchor.class)).as("only the way to follow it, not to redo it")
                .extracting(com.vaadin.flow.component.html.Anchor::getHref)
                .containsExactly("have-your-say/" + juror.consultation().ref());
        assertThat(_find(Section.class, spec -> spec.withId("my-tasks-todo")).get(0).getElement().getTextRecursively())
                .doesNotContain("Read the evidence and say what you think");
        // What one resident did is theirs alone.
        signInAs(Roles.RESIDENT);
        navigate("my-tasks");
        assertThat(_find(Article.class, spec -> spec.withAttribute("data-task", "task:" + juror.task().taskId())))
                .isEmpty();
    }

    @Test
    void a_juror_reads_what_the_session_came_up_with_and_votes() {
        Juror juror = jurorWithReflection("The park is busiest on Saturday mornings, mostly with young families.");
        for (String step : List.of("Task_ReflectOnEvidence", "Task_ConfirmSessionPlace")) {
            for (WorkItem item : cycle.open(juror.consultation(), step)) {
                cycle.complete(accountService.signedInUser(item.assignee()), item, Map.of());
            }
        }
        WorkItem session = cycle.open(juror.consultation(), "Task_RecordSession").get(0);
        cycle.complete(cycle.actorFor(juror.cast(), session), session, Map.of("outcomes",
                "Recommendation one: build a fenced toddler area by the north gate before next summer."));
        WorkItem vote = cycle.open(juror.consultation(), "Task_VoteOnRecommendations").stream()
                .filter(item -> item.assignee().equals(juror.resident().userId())).findFirst().orElseThrow();

        signIn(juror.resident());
        navigate("my-tasks/task/" + vote.taskId());
        assertThat(_get(H1.class, spec -> spec.withId("task-title")).getText()).isEqualTo("Vote on the panel’s ideas");
        assertThat(_get(Section.class, spec -> spec.withId("task-session")).getElement().getTextRecursively())
                .contains("fenced toddler area by the north gate");
        radio("form-field-support").setValue("support");
        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-next")).getText()).contains("count all the votes");
        assertThat(cycle.open(juror.consultation(), "Task_VoteOnRecommendations"))
                .noneMatch(item -> item.taskId().equals(vote.taskId()));
    }

    @Test
    void a_juror_reads_when_the_session_is_says_they_need_help_to_come_and_the_team_sees_it() {
        Juror juror = jurorWithReflection("The library is used most in the evenings by students and older people.");
        for (WorkItem reflection : cycle.open(juror.consultation(), "Task_ReflectOnEvidence")) {
            cycle.complete(accountService.signedInUser(reflection.assignee()), reflection, Map.of());
        }
        List<WorkItem> invitations = cycle.open(juror.consultation(), "Task_ConfirmSessionPlace");
        assertThat(invitations).hasSameSizeAs(deliberation.jurors(juror.consultation().id()));
        WorkItem invitation = invitations.stream()
                .filter(item -> item.assignee().equals(juror.resident().userId())).findFirst().orElseThrow();

        signIn(juror.resident());
        navigate("my-tasks");
        assertThat(taskCard(invitation).getElement().getTextRecursively())
                .contains("Say if you can come to the panel meeting");
        navigate("my-tasks/task/" + invitation.taskId());
        assertThat(_get(Section.class, spec -> spec.withId("task-session-plan")).getElement().getTextRecursively())
                .contains(SESSION_PLAN);
        radio("form-field-coming").setValue("yes_with_support");
        TextArea help = _get(TextArea.class, spec -> spec.withId("form-field-supportNeeded"));
        help.setValue("Taxi");
        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(help.isInvalid()).isTrue();
        assertThat(help.getValue()).isEqualTo("Taxi");
        help.setValue("A taxi there and back, please: I use a wheelchair and the bus ramp is often broken.");
        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-next")).getText()).contains("Ask for support");

        // The help asked for is an adjustment request the juror can follow, with an officer task behind it.
        // (Jurors are drawn from every resident of the run, so this one may have asked for help elsewhere too.)
        assertThat(adjustments.requestsOf(juror.resident()).stream()
                .filter(request -> request.consultationId() == juror.consultation().id()))
                .singleElement().satisfies(request -> assertThat(request.details()).contains("wheelchair"));
        assertThat(cycle.open(juror.consultation(), "Task_ConfirmSessionPlace"))
                .noneMatch(item -> item.taskId().equals(invitation.taskId()));

        // Once every juror has replied, the team records the session knowing who is coming (numbers, no names).
        for (WorkItem other : cycle.open(juror.consultation(), "Task_ConfirmSessionPlace")) {
            cycle.complete(accountService.signedInUser(other.assignee()), other, Map.of("coming", "no"));
        }
        WorkItem session = cycle.open(juror.consultation(), "Task_RecordSession").get(0);
        signIn(juror.cast().lead());
        navigate("work/" + session.taskId());
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText(
                "Replies from the panel: 0 coming, 1 coming with help (see the adjustment requests), "
                        + (invitations.size() - 1) + " cannot come, 0 not replied"))).isNotNull();
    }

    @Test
    void a_resident_cannot_open_or_complete_another_residents_task_by_its_id() {
        Juror juror = jurorWithReflection("A long enough summary of the evidence for the panel to read first.");
        SignedInUser other = signInAs(Roles.RESIDENT);
        navigate("my-tasks/task/" + juror.task().taskId());
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-message")).getText()).contains("not yours");
        assertThat(_find(Section.class, spec -> spec.withId("task-evidence"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("task-send"))).isEmpty();
        navigate("my-tasks");
        assertThat(_find(Article.class, spec -> spec.withAttribute("data-task", "task:" + juror.task().taskId())))
                .isEmpty();

        Map<String, Object> reflection = Map.of("evidenceRead", true, "reflection",
                "Somebody else's thoughts, typed in by a person who was not drawn for the panel.");
        assertThatThrownBy(() -> tasks.completeTask(other, juror.task().taskId(), reflection))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.saveDraft(other, "task:" + juror.task().taskId(), reflection))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(cycle.open(juror.consultation(), "Task_ReflectOnEvidence"))
                .anyMatch(item -> item.taskId().equals(juror.task().taskId()));
    }

    @Test
    void a_panel_member_who_is_also_a_resident_finds_their_stage_vote_in_the_sign_off_queue_not_in_my_tasks() {
        Cycle.Cast cast = cycle.cast(3);
        SignedInUser both = accounts.open(new String[] {Roles.PANEL, Roles.RESIDENT});
        Cycle.Cast withBoth = new Cycle.Cast(cast.lead(), cast.deputy(),
                List.of(both, cast.panel().get(1), cast.panel().get(2)), cast.sponsor(), cast.partner(),
                cast.coDesigner(), cast.organisation());
        Consultation consultation = cycle.launch(withBoth, false);
        cycle.completeAll(withBoth, consultation, Set.of("Task_VoteOnStage"), null);
        WorkItem vote = cycle.open(consultation, "Task_VoteOnStage").stream()
                .filter(item -> both.userId().equals(item.assignee())).findFirst().orElseThrow();

        signIn(both);
        navigate("my-tasks");
        assertThat(_find(Article.class, spec -> spec.withAttribute("data-task", "task:" + vote.taskId()))).isEmpty();
        assertThatThrownBy(() -> tasks.openTask(both, vote.taskId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_co_design_task_sent_in_another_tab_gets_a_plain_message_and_is_completed_once() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        WorkItem task = cycle.open(consultation, "Task_CoDesignAsResident").get(0);
        signIn(cast.coDesigner());
        navigate("my-tasks");
        assertThat(taskCard(task).getElement().getTextRecursively()).contains("Help plan the consultation");
        navigate("my-tasks/task/" + task.taskId());
        _get(TextArea.class, spec -> spec.withId("form-field-questionSuggestion"))
                .setValue("Which play equipment do your children miss most?");
        _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class, spec -> spec.withId("form-field-methodsSuggested"))
                .setValue(Set.of("drop_in"));
        cycle.complete(cast.coDesigner(), task, Map.of()); // the other tab

        _click(_get(Button.class, spec -> spec.withId("task-send")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-message")).getText()).contains("already done");
        assertThat(cycle.open(consultation, "Task_CoDesignAsResident")).isEmpty();
    }

    record Juror(Cycle.Cast cast, Consultation consultation, WorkItem task, SignedInUser resident) {
    }

    /** A deliberative panel waiting for reflections, its evidence pack prepared with the summary given. */
    Juror jurorWithReflection(String summary) {
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
        cycle.complete(cast, cycle.open(consultation, "Task_PrepareEvidencePack").get(0),
                Map.of("evidenceSummary", summary + " Visitor counts were taken every Saturday in the summer.",
                        "evidenceLinks", "https://example.org/park-survey-2026", "sessionPlan", SESSION_PLAN));
        List<WorkItem> reflections = cycle.open(consultation, "Task_ReflectOnEvidence");
        assertThat(reflections).isNotEmpty();
        WorkItem task = reflections.get(0);
        return new Juror(cast, consultation, task, accountService.signedInUser(task.assignee()));
    }

    private Article surveyCard(Consultation consultation) {
        return _get(Article.class, spec -> spec.withAttribute("data-task", "survey:" + consultation.id()));
    }

    private Article taskCard(WorkItem task) {
        return _get(Article.class, spec -> spec.withAttribute("data-task", "task:" + task.taskId()));
    }

    private void answerSurvey(String matters) {
        radio("form-field-agreement").setValue("agree");
        _get(TextArea.class, spec -> spec.withId("form-field-whatMattersMost")).setValue(matters);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radio(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }
}
