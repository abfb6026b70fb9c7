package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.FormFiller;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.annotation.Autowired;

class MyWorkViewIT extends KaribuTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    Cycle cycle;
    @Autowired
    WorkService work;
    @Autowired
    FormCatalog forms;
    @Autowired
    EngineTime time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void an_officer_launches_through_the_form_finds_the_first_task_in_my_work_completes_it_and_sees_the_overview_move_on() {
        OfficerScreens.People people = OfficerScreens.People.open(accounts);
        signIn(people.lead());
        navigate("launch");
        OfficerScreens.fillAndContinue(_get(LaunchConsultationView.class), people);
        _click(_get(Button.class, spec -> spec.withId("launch-submit")));
        OfficerScreens.await(() -> currentPath().startsWith("consultation/"));
        long id = Long.parseLong(currentPath().substring("consultation/".length()));
        assertThat(_get(ListItem.class, spec -> spec.withId("overview-stage-EARLY_ENGAGEMENT"))
                .getElement().getAttribute("data-status")).isEqualTo("IN_PROGRESS");

        navigate("my-work");
        // every officer also sees the organisations waiting for review (other tests leave some): this consultation's
        List<Article> cards = _find(Article.class, spec -> spec.withClasses("pp-work-card")).stream()
                .filter(card -> !card.getElement().getTextRecursively().contains("Review a ")).toList();
        assertThat(cards).singleElement().extracting(card -> card.getElement().getTextRecursively()).asString()
                .contains("Agree the question and methods", OfficerScreens.TITLE, "Not claimed");
        WorkItem first = cycle.open(consultations.get(id)).get(0);
        Anchor open = _get(Anchor.class, spec -> spec.withId("work-open-" + first.taskId()));
        assertThat(open.getHref()).isEqualTo("work/" + first.taskId());

        // Claimed, it is the officer's alone; given back, the team sees it again.
        _click(_get(Button.class, spec -> spec.withId("work-claim-" + first.taskId())));
        assertThat(_get(Div.class, spec -> spec.withId("my-work-status")).getText()).contains("You claimed");
        assertThat(work.open(people.lead(), first.taskId()).assignee()).isEqualTo(people.lead().userId());
        assertThat(_find(Button.class, spec -> spec.withId("work-unclaim-" + first.taskId()))).hasSize(1);

        navigate(open.getHref());
        CamundaFormRenderer form = _get(CamundaFormRenderer.class);
        form.setValues(FormFiller.validValues(forms.byId(first.formRef())));
        _click(_get(Button.class, spec -> spec.withId("work-submit")));
        assertThat(_get(H1.class, spec -> spec.withId("work-done")).getText()).contains("done");

        navigate("consultation/" + id);
        ConsultationOverviewView overview = _get(ConsultationOverviewView.class);
        ListItem stage = _get(ListItem.class, spec -> spec.withId("overview-stage-EARLY_ENGAGEMENT"));
        assertThat(stage.getElement().getAttribute("data-status")).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(stage.getElement().getAttribute("aria-current")).isEqualTo("step");
        // launched through the form alone, the panel is only proposed: the sponsor settles it before anyone votes
        assertThat(overview.overview().openWork()).extracting(WorkItem::taskKey).containsExactly("Task_SettlePanel");
        assertThat(overview.overview().audit()).extracting(e -> e.action())
                .contains("consultation.launched", "task.claimed", "task.completed", "gate.opened");
        assertThat(consultations.get(id).question()).isNotBlank();
        assertThat(consultations.get(id).currentStage()).isEqualTo(StageKey.EARLY_ENGAGEMENT.name());
    }

    @Test
    void filters_narrow_the_list_and_work_done_elsewhere_gets_a_plain_message() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation mine = cycle.launch(cast, false);
        cycle.completeAll(cast, mine, java.util.Set.of("Task_AgreeQuestionAndMethods"), null);
        Cycle.Cast others = cycle.cast(3);
        Consultation notMine = cycle.launch(others, false);
        cycle.completeAll(others, notMine, java.util.Set.of("Task_AgreeQuestionAndMethods"), null);

        signIn(cast.deputy());
        navigate("my-work");
        MyWorkView view = _get(MyWorkView.class);
        WorkItem task = cycle.open(mine, "Task_AgreeQuestionAndMethods").get(0);
        assertThat(_find(Article.class, spec -> spec.withId("work-item-" + task.taskId()))).hasSize(1);
        WorkItem othersTask = cycle.open(notMine, "Task_AgreeQuestionAndMethods").get(0);
        assertThat(_find(Article.class, spec -> spec.withId("work-item-" + othersTask.taskId())))
                .as("another team's work is not shown").isEmpty();

        view.overdue.setValue(true);
        assertThat(_find(Article.class, spec -> spec.withId("work-item-" + task.taskId()))).isEmpty();
        view.overdue.setValue(false);
        view.stage.setValue(StageKey.PARTICIPATION);
        assertThat(_find(Article.class, spec -> spec.withId("work-item-" + task.taskId()))).isEmpty();
        view.stage.setValue(StageKey.EARLY_ENGAGEMENT);
        view.consultation.setValue(view.consultation.getListDataView().getItems()
                .filter(c -> c.id() == mine.id()).findFirst().orElseThrow());
        view.unassigned.setValue(true);
        assertThat(_find(Article.class, spec -> spec.withId("work-item-" + task.taskId()))).hasSize(1);

        // Fifteen days on, it is overdue.
        time.advance(java.time.Duration.ofDays(15), mine.processInstanceId());
        view.reload();
        view.overdue.setValue(true);
        assertThat(_get(Article.class, spec -> spec.withId("work-item-" + task.taskId()))
                .getElement().getTextRecursively()).contains("Overdue");

        // The lead does it in the meantime; claiming it now says so plainly.
        cycle.complete(cast.lead(), task, java.util.Map.of());
        _click(_get(Button.class, spec -> spec.withId("work-claim-" + task.taskId())));
        assertThat(_get(Div.class, spec -> spec.withId("my-work-status")).getText()).contains("already done");
        assertThat(_find(Article.class, spec -> spec.withId("work-item-" + task.taskId()))).isEmpty();
    }

    @Test
    void residents_and_panel_members_cannot_open_my_work() {
        signInAs(Roles.RESIDENT);
        navigate("my-work");
        assertThat(_find(MyWorkView.class)).isEmpty();
        signInAs(Roles.PANEL);
        navigate("my-work");
        assertThat(_find(MyWorkView.class)).isEmpty();
    }
}
