package org.powerpartnership.participation.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;

/**
 * "My tasks": everything a resident can do now (surveys of open consultations, co-design, a juror's reflection and
 * vote), each with what it is, the consultation, the date to finish by and whether it is not started or saved as a
 * draft; then what they have done, with the date.
 */
@Route("my-tasks")
@Menu(title = "nav.myTasks", order = 13)
@RolesAllowed(Roles.RESIDENT)
class MyTasksView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The council's response on the consultation's public page. */
    static final String OUTCOME = "have-your-say/%s#consultation-outcome";

    private final transient ResidentTasks tasks;
    private final transient CurrentUser currentUser;

    MyTasksView(ResidentTasks tasks, CurrentUser currentUser) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        addClassName("pp-my-tasks");
    }

    /** Built on every visit, so coming back from a task (or clicking "My tasks" again) shows it as it is now. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        List<ResidentTasks.ResidentTask> all = tasks.of(currentUser.requireAnyRole(Roles.RESIDENT));
        List<ResidentTasks.ResidentTask> open = all.stream()
                .filter(t -> t.status() != ResidentTasks.Status.DONE).toList();
        List<ResidentTasks.ResidentTask> done = all.stream()
                .filter(t -> t.status() == ResidentTasks.Status.DONE).toList();

        add(new H1(getTranslation("residentTasks.heading")));
        Paragraph intro = new Paragraph(getTranslation("residentTasks.intro"));
        add(intro);

        Section todo = new Section(new H2(getTranslation("residentTasks.todo")));
        todo.setId("my-tasks-todo");
        if (open.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("residentTasks.none"));
            none.setId("my-tasks-none");
            todo.add(none);
        } else {
            todo.add(list("my-tasks-open", open));
        }
        add(todo);
        if (!done.isEmpty()) {
            Section finished = new Section(new H2(getTranslation("residentTasks.finished")));
            finished.setId("my-tasks-done");
            finished.add(list("my-tasks-done-list", done));
            add(finished);
        }
        Paragraph help = new Paragraph(getTranslation("residentTasks.needHelp") + " ");
        Anchor support = new Anchor("support", getTranslation("residentTasks.askForSupport"));
        support.setId("my-tasks-support");
        help.add(support);
        add(help);
    }

    private UnorderedList list(String id, List<ResidentTasks.ResidentTask> tasks) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("pp-task-list");
        for (ResidentTasks.ResidentTask task : tasks) {
            list.add(new ListItem(card(task)));
        }
        return list;
    }

    private Article card(ResidentTasks.ResidentTask task) {
        Article card = new Article();
        card.addClassName("pp-card");
        card.addClassName("pp-task-card");
        card.getElement().setAttribute("data-task", task.ref());
        String title = TaskTexts.title(this, task.kind(), task.name());
        H3 heading = new H3();
        if (task.status() == ResidentTasks.Status.DONE) {
            heading.setText(title);
        } else {
            Anchor link = new Anchor(route(task), title);
            link.addClassName("pp-task-link");
            heading.add(link);
        }
        card.add(heading);
        if (task.status() != ResidentTasks.Status.DONE) {
            card.add(new Paragraph(TaskTexts.about(this, task.kind()))); // what it asks of them, while it still does
        }
        if (task.consultationTitle() != null) {
            card.add(new Paragraph(getTranslation("residentTasks.consultation", task.consultationTitle())));
        }
        if (task.doneAt() != null) {
            card.add(new Paragraph(getTranslation("residentTasks.doneOn", TaskTexts.date(this, task.doneAt()))));
            if (task.consultationRef() != null && task.responsePublishedAt() != null) {
                card.add(whatHappened(task));
            } else if (task.consultationRef() != null) {
                // Taking part is only half of it: the public page says what was heard and what was done.
                Anchor follow = new Anchor("have-your-say/" + task.consultationRef(),
                        getTranslation("residentTasks.follow", task.consultationTitle()));
                follow.addClassName("pp-task-follow");
                card.add(new Paragraph(follow));
            }
        } else if (task.dueAt() != null) {
            card.add(new Paragraph(getTranslation("residentTasks.due", TaskTexts.date(this, task.dueAt()))));
        }
        Span status = new Span(TaskTexts.status(this, task.status()));
        status.addClassName("pp-badge");
        status.addClassName(switch (task.status()) {
            case DONE -> "pp-badge-good";
            case DRAFT_SAVED -> "pp-badge-warn";
            case NOT_STARTED -> "pp-badge-neutral";
        });
        status.addClassName("pp-task-status");
        Paragraph statusLine = new Paragraph(getTranslation("residentTasks.statusLabel") + " ");
        statusLine.add(status);
        card.add(statusLine);
        return card;
    }

    /** The council has responded: say so, and link to its response on the consultation's public page. */
    private Paragraph whatHappened(ResidentTasks.ResidentTask task) {
        Paragraph happened = new Paragraph(getTranslation("residentTasks.responded",
                TaskTexts.date(this, task.responsePublishedAt())) + " ");
        happened.addClassName("pp-task-responded");
        Anchor link = new Anchor(OUTCOME.formatted(task.consultationRef()),
                getTranslation("residentTasks.whatHappened", task.consultationTitle()));
        link.addClassName("pp-task-what-happened");
        happened.add(link);
        return happened;
    }

    static String route(ResidentTasks.ResidentTask task) {
        return task.kind() == ResidentTasks.Kind.SURVEY && task.taskId() == null
                ? "my-tasks/survey/" + task.consultationId()
                : "my-tasks/task/" + task.taskId();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("residentTasks.heading");
    }
}
