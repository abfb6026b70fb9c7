package org.powerpartnership.participation.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.participation.EvidencePacks;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;

/**
 * One of a resident's tasks on its own page: what it is, the consultation, the due date, the evidence to read first
 * (for a reflection), then its Camunda Form with "Send" and "Save and finish later". After sending: a clear
 * confirmation and what happens next. Anything refused gets a plain page, never an error page.
 */
abstract class ResidentTaskPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient ResidentTasks tasks;
    protected final transient CurrentUser currentUser;
    private final transient FormValidator validator;
    private String title = "";
    protected ResidentTasks.OpenTask task;
    protected ResidentTaskForm form;

    ResidentTaskPage(ResidentTasks tasks, CurrentUser currentUser, FormValidator validator) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.validator = validator;
        addClassName("pp-resident-task");
    }

    /** Opens the task named in the route (throws the services' refusals). */
    protected abstract ResidentTasks.OpenTask open(SignedInUser user, BeforeEnterEvent event);

    /** Sends the values (throws the services' refusals). */
    protected abstract void send(SignedInUser user, Map<String, Object> values);

    /** Deals with a refusal of opening or sending; false when it is not one this page knows. */
    protected abstract boolean refused(RuntimeException refusal);

    /** What the person reads after the task's facts and before its questions (a survey's introduction). */
    protected List<com.vaadin.flow.component.Component> beforeAnswers() {
        return List.of();
    }

    /** What the person is asked after the questions and before Send (a survey: whether to hear back). */
    protected List<com.vaadin.flow.component.Component> beforeSend() {
        return List.of();
    }

    /** Problems with no field (the window closed, already answered); true when dealt with. */
    protected boolean unplaced(List<FieldProblem> problems) {
        return false;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser user = currentUser.require();
        try {
            task = open(user, event);
        } catch (RuntimeException refusal) {
            if (refused(refusal)) {
                return;
            }
            throw refusal;
        }
        show(user);
    }

    private void show(SignedInUser user) {
        title = TaskTexts.title(this, task.kind(), task.name());
        H1 heading = new H1(title);
        heading.setId("task-title");
        add(backLink(), heading);
        Div facts = new Div();
        facts.addClassName("pp-task-facts");
        facts.setId("task-facts");
        facts.add(new Paragraph(TaskTexts.about(this, task.kind())));
        if (task.consultation() != null) {
            Paragraph about = new Paragraph(getTranslation("residentTasks.consultation", task.consultation().title()));
            about.setId("task-consultation");
            facts.add(about);
        }
        if (task.dueAt() != null) {
            Paragraph due = new Paragraph(getTranslation("residentTasks.due", TaskTexts.date(this, task.dueAt())));
            due.setId("task-due");
            facts.add(due);
        }
        add(facts);
        if (task.kind() == ResidentTasks.Kind.REFLECTION) {
            add(evidence(task.evidence().orElse(null)));
        } else if (task.kind() == ResidentTasks.Kind.SESSION) {
            add(fromTheTeam("task-session-plan", "residentTasks.sessionPlan",
                    task.evidence().map(EvidencePacks.EvidencePack::sessionPlan).orElse(null)));
        } else if (task.kind() == ResidentTasks.Kind.VOTE) {
            add(fromTheTeam("task-session", "residentTasks.session",
                    task.evidence().map(EvidencePacks.EvidencePack::sessionOutcomes).orElse(null)));
        }
        beforeAnswers().forEach(this::add);
        H2 answers = new H2(getTranslation("residentTasks.yourAnswers"));
        answers.setId("task-answers-heading");
        form = new ResidentTaskForm(task.form(), validator, task.draft(), task.offered(), values -> {
            try {
                send(currentUser.require(), values);
            } catch (RuntimeException refusal) {
                if (!(refusal instanceof InvalidInputException) && refused(refusal)) {
                    return;
                }
                throw refusal;
            }
            done();
        }, this::save, this::unplaced);
        form.addBeforeActions(beforeSend());
        add(answers, form);
    }

    private void save(Map<String, Object> values) {
        try {
            tasks.saveDraft(currentUser.require(), task.ref(), values);
        } catch (RuntimeException refusal) {
            if (!refused(refusal)) {
                throw refusal;
            }
        }
    }

    /**
     * What the team wrote for the jurors about the session (when and where, or what it came up with), or a plain
     * sentence saying it is not there yet.
     */
    private Section fromTheTeam(String id, String keyPrefix, String text) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("pp-evidence");
        section.add(new H2(getTranslation(keyPrefix + ".heading")));
        if (text == null || text.isBlank()) {
            section.add(new Paragraph(getTranslation(keyPrefix + ".missing")));
        } else {
            paragraphs(text).forEach(section::add);
        }
        return section;
    }

    private static List<Paragraph> paragraphs(String text) {
        return java.util.Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank())
                .map(line -> new Paragraph(line.strip())).toList();
    }

    private Section evidence(EvidencePacks.EvidencePack pack) {
        Section section = new Section();
        section.setId("task-evidence");
        section.addClassName("pp-evidence");
        section.add(new H2(getTranslation("residentTasks.evidence.heading")));
        if (pack == null || pack.summary().isBlank()) {
            section.add(new Paragraph(getTranslation("residentTasks.evidence.missing")));
            return section;
        }
        paragraphs(pack.summary()).forEach(section::add);
        if (pack.links() != null && !pack.links().isBlank()) {
            section.add(new Paragraph(getTranslation("residentTasks.evidence.links")));
            UnorderedList links = new UnorderedList();
            for (String line : pack.links().split("\\R")) {
                String link = line.strip();
                if (link.startsWith("https://") || link.startsWith("http://")) {
                    links.add(new ListItem(new Anchor(link, link)));
                } else if (!link.isEmpty()) {
                    links.add(new ListItem(link));
                }
            }
            section.add(links);
        }
        return section;
    }

    private void done() {
        removeAll();
        H1 heading = new H1(getTranslation("residentTasks.done.heading"));
        heading.setId("task-done");
        title = heading.getText();
        Paragraph next = new Paragraph(TaskTexts.next(this, task.kind()));
        next.setId("task-next");
        add(heading, new Paragraph(getTranslation("residentTasks.done.text")),
                new H2(getTranslation("residentTasks.done.nextHeading")), next, backToTasks());
    }

    /** A plain page in place of the task: a heading, a sentence, the way back. */
    protected void message(String key) {
        removeAll();
        title = getTranslation(key + ".title");
        H1 heading = new H1(title);
        Paragraph text = new Paragraph(getTranslation(key));
        text.setId("task-message");
        add(heading, text, backToTasks());
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("residentTasks.back"), MyTasksView.class);
        back.addClassName("pp-back");
        return back;
    }

    private Paragraph backToTasks() {
        RouterLink back = new RouterLink(getTranslation("residentTasks.backToTasks"), MyTasksView.class);
        back.setId("task-back");
        return new Paragraph(back);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
