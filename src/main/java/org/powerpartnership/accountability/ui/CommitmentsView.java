package org.powerpartnership.accountability.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.powerpartnership.accountability.CommitmentEvent;
import org.powerpartnership.accountability.CommitmentLifecycle;
import org.powerpartnership.accountability.CommitmentService;
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
 * progress reports, the panel's reviews and the changes since publication (a later due date, a withdrawal, with
 * reasons); each open work item (a progress report, a review, a delivery check) is done here under its own
 * commitment, from the work item's own form; the team reports a delivery or withdraws a commitment here. Overdue
 * commitments are marked.
 */
@Route("commitments")
@Menu(title = "nav.commitments", order = 21)
@RolesAllowed({Roles.PANEL, Roles.OFFICER, Roles.SPONSOR, Roles.ADMIN})
class CommitmentsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CommitmentBoard board;
    private final WorkService work;
    private final FormCatalog forms;
    private final FormValidator validator;
    private final CommitmentService commitments;
    private final CommitmentLifecycle lifecycle;
    private final SignedInUser user;

    CommitmentsView(CommitmentBoard board, WorkService work, FormCatalog forms, FormValidator validator,
                    CommitmentService commitments, CommitmentLifecycle lifecycle, CurrentUser currentUser) {
        this.board = board;
        this.commitments = commitments;
        this.lifecycle = lifecycle;
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
        if (commitment.measure() != null && !commitment.measure().isBlank()) {
            // what the panel checks a delivery claim against
            Texts.fact(facts, getTranslation("response.commitment.measure"), commitment.measure());
        }
        Span status = new Span(Texts.commitmentStatus(this, commitment.status()));
        if (item.overdue() && !Commitment.OVERDUE.equals(commitment.status())) {
            status.add(new Span(" "), Texts.badge(this, "commitments.status.OVERDUE", "bad"));
        }
        status.setId(id + "-status");
        Texts.fact(facts, getTranslation("commitments.status"), status);
        item.withdrawal().ifPresent(withdrawal -> {
            Span reasons = new Span(getTranslation("commitments.withdrawnBecause", withdrawal.reasons()));
            reasons.setId(id + "-withdrawn");
            Texts.fact(facts, getTranslation("commitments.status.WITHDRAWN"), reasons);
        });
        if (!item.upcoming().isEmpty()) {
            Texts.fact(facts, getTranslation("commitments.nextReviews"), String.join(", ",
                    item.upcoming().stream().map(date -> Texts.date(this, date)).toList()));
        }
        card.add(facts);
        card.add(history(item, id));
        for (WorkItem task : item.openTasks()) {
            card.add(taskForm(task, id));
        }
        if (item.teamMayAct()) {
            card.add(new CommitmentTeamActions(commitment, id, user, commitments, lifecycle, this::show));
        }
        return card;
    }


    private Component history(CommitmentBoard.Item item, String id) {
        Div history = new Div();
        history.setId(id + "-history");
        history.add(new H4(getTranslation("commitments.history")));
        if (item.history().isEmpty() && item.changes().isEmpty()) {
            history.add(new Paragraph(getTranslation("commitments.history.none")));
            return history;
        }
        // reviews, reports and changes (extensions, withdrawal) in the order they happened
        List<Map.Entry<Instant, ListItem>> entries = new ArrayList<>();
        for (CommitmentBoard.Look look : item.history()) {
            CommitmentReview review = look.review();
            String what = getTranslation("commitments.look." + review.kind() + "." + review.judgement());
            entries.add(Map.entry(review.reviewedAt(), entry(getTranslation("commitments.look",
                    Texts.date(this, review.reviewedAt()), what, look.by()), review.reasons())));
        }
        for (CommitmentEvent change : item.changes()) {
            String what = change.isWithdrawal() ? getTranslation("commitments.change.WITHDRAWN")
                    : getTranslation("commitments.change." + change.kind(),
                    Texts.date(this, LocalDate.parse(change.oldValue())),
                    Texts.date(this, LocalDate.parse(change.newValue())));
            entries.add(Map.entry(change.recordedAt(), entry(getTranslation("commitments.look",
                    Texts.date(this, change.recordedAt()), what, board.nameOf(change.recordedBy())), change.reasons())));
        }
        OrderedList list = new OrderedList();
        list.addClassName("pp-timeline");
        entries.stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> list.add(entry.getValue()));
        history.add(list);
        return history;
    }

    private static ListItem entry(String line, String reasons) {
        ListItem entry = new ListItem(line);
        if (reasons != null && !reasons.isBlank()) {
            Paragraph quote = new Paragraph(reasons);
            quote.addClassName("pp-quote");
            entry.add(quote);
        }
        return entry;
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
