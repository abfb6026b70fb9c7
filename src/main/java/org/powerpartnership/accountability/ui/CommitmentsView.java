package org.powerpartnership.accountability.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentBoard;
import org.powerpartnership.accountability.CommitmentReview;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;

/**
 * The council's commitments after a decision, for the people who watch them: owner, due date, status, the team's
 * progress reports and the panel's reviews; the panel records each scheduled review (and checks a reported
 * delivery) here, from the work item's own form. Overdue commitments are marked.
 */
@Route("commitments")
@Menu(title = "nav.commitments", order = 21)
@RolesAllowed({Roles.PANEL, Roles.OFFICER, Roles.SPONSOR, Roles.ADMIN})
class CommitmentsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CommitmentBoard board;
    private final WorkService work;
    private final FormCatalog forms;
    private final FormValidator validator;
    private final SignedInUser user;

    CommitmentsView(CommitmentBoard board, WorkService work, FormCatalog forms, FormValidator validator,
                    CurrentUser currentUser) {
        this.board = board;
        this.work = work;
        this.forms = forms;
        this.validator = validator;
        this.user = currentUser.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(null);
    }

    private void show(String statusKey) {
        removeAll();
        add(new H1(getTranslation("commitments.heading")), new Paragraph(getTranslation("commitments.intro")));
        if (statusKey != null) {
            Paragraph status = new Paragraph(getTranslation(statusKey));
            status.setId("commitments-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            add(status);
            status.scrollIntoView(); // the form was further down: bring the outcome into sight
        }
        List<CommitmentBoard.Group> groups = board.boardFor(user);
        if (groups.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("commitments.none"));
            none.setId("no-commitments");
            add(none);
        }
        for (CommitmentBoard.Group group : groups) {
            Section section = new Section();
            String id = "commitments-" + group.consultationRef();
            section.setId(id);
            H2 heading = new H2(group.consultationTitle());
            heading.setId(id + "-heading");
            section.getElement().setAttribute("aria-labelledby", id + "-heading");
            section.add(heading);
            group.commitments().forEach(item -> section.add(card(item)));
            add(section);
        }
    }

    private Article card(CommitmentBoard.Item item) {
        Commitment commitment = item.commitment();
        String id = "commitment-" + commitment.id();
        Article card = new Article(new H3(commitment.description()));
        card.setId(id);
        card.addClassName("pp-card");
        if (item.overdue()) {
            card.addClassName("pp-overdue");
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("pp-facts");
        Texts.fact(facts, getTranslation("commitments.owner"), commitment.ownerName());
        Texts.fact(facts, getTranslation("commitments.due"), Texts.date(this, commitment.dueOn()));
        Span status = new Span(Texts.commitmentStatus(this, commitment.status()));
        if (item.overdue() && !Commitment.OVERDUE.equals(commitment.status())) {
            status.add(new Span(" "), Texts.badge(this, "commitments.status.OVERDUE", "bad"));
        }
        status.setId(id + "-status");
        Texts.fact(facts, getTranslation("commitments.status"), status);
        if (!item.upcoming().isEmpty()) {
            Texts.fact(facts, getTranslation("commitments.nextReviews"), String.join(", ",
                    item.upcoming().stream().map(date -> Texts.date(this, date)).toList()));
        }
        card.add(facts);
        card.add(history(item, id));
        for (WorkItem task : item.openTasks()) {
            card.add(taskForm(task, id));
        }
        return card;
    }


    private Component history(CommitmentBoard.Item item, String id) {
        Div history = new Div();
        history.setId(id + "-history");
        history.add(new H4(getTranslation("commitments.history")));
        if (item.history().isEmpty()) {
            history.add(new Paragraph(getTranslation("commitments.history.none")));
            return history;
        }
        OrderedList list = new OrderedList();
        list.addClassName("pp-timeline");
        for (CommitmentBoard.Look look : item.history()) {
            CommitmentReview review = look.review();
            String what = getTranslation("commitments.look." + review.kind() + "." + review.judgement());
            String line = getTranslation("commitments.look", Texts.date(this, review.reviewedAt()), what, look.by());
            ListItem entry = new ListItem(line);
            if (review.reasons() != null && !review.reasons().isBlank()) {
                Paragraph reasons = new Paragraph(review.reasons());
                reasons.addClassName("pp-quote");
                entry.add(reasons);
            }
            list.add(entry);
        }
        history.add(list);
        return history;
    }

    private Component taskForm(WorkItem task, String id) {
        Div box = new Div();
        box.addClassName("pp-task");
        String prefix = id + "-" + task.formRef();
        H4 heading = new H4(task.name());
        heading.setId(prefix + "-heading");
        box.add(heading);
        if (task.dueAt() != null) {
            box.add(new Paragraph(getTranslation("commitments.task.due", Texts.date(this, task.dueAt()))));
        }
        box.add(new TaskForm(forms.byId(task.formRef()), validator, prefix, getTranslation("commitments.task.submit"),
                values -> work.complete(user, task.taskId(), values),
                outcome -> show(outcome == TaskForm.Outcome.DONE ? "commitments.task.done" : "commitments.task.gone")));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commitments.title");
    }
}
