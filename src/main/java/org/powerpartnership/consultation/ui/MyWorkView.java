package org.powerpartnership.consultation.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemGoneException;
import org.powerpartnership.workflow.WorkService;
import org.springframework.security.access.AccessDeniedException;

/**
 * An officer's task inbox: the work of their consultations' teams that nobody has claimed, and what they claimed,
 * soonest due first. Filters narrow it down; claiming takes a task so colleagues do not start it twice, unclaiming
 * gives it back to the team. Opening a task shows its form on the work item screen.
 */
@Route("my-work")
@Menu(title = "nav.myWork", order = 10)
@RolesAllowed(Roles.OFFICER)
class MyWorkView extends Main implements HasDynamicTitle {

    static final Duration DUE_SOON = Duration.ofDays(3);

    private final transient WorkService work;
    private final transient ConsultationService consultations;
    private final transient Clock clock;
    private final SignedInUser user;

    final ComboBox<Consultation> consultation = new ComboBox<>();
    final Select<StageKey> stage = new Select<>();
    final Checkbox dueSoon = new Checkbox();
    final Checkbox overdue = new Checkbox();
    final Checkbox unassigned = new Checkbox();
    final Paragraph count = new Paragraph();
    final Div status = new Div();
    private final Section list = new Section();
    private List<WorkItem> items = List.of();
    private Map<Long, Consultation> byId = Map.of();

    MyWorkView(WorkService work, ConsultationService consultations, CurrentUser currentUser, Clock clock) {
        this.work = work;
        this.consultations = consultations;
        this.clock = clock;
        this.user = currentUser.requireAnyRole(Roles.OFFICER);
        addClassName("pp-officer");

        consultation.setLabel(getTranslation("myWork.filter.consultation"));
        consultation.setId("my-work-consultation");
        consultation.setClearButtonVisible(true);
        consultation.setItemLabelGenerator(c -> c.title() + " (" + c.ref() + ")");
        consultation.setPlaceholder(getTranslation("myWork.filter.allConsultations"));
        stage.setLabel(getTranslation("myWork.filter.stage"));
        stage.setId("my-work-stage");
        stage.setItems(StageKey.inOrder());
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("myWork.filter.allStages"));
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("myWork.filter.allStages") : Texts.stage(this, s));
        dueSoon.setLabel(getTranslation("myWork.filter.dueSoon", DUE_SOON.toDays()));
        dueSoon.setId("my-work-due-soon");
        overdue.setLabel(getTranslation("myWork.filter.overdue"));
        overdue.setId("my-work-overdue");
        unassigned.setLabel(getTranslation("myWork.filter.unassigned"));
        unassigned.setId("my-work-unassigned");
        consultation.addValueChangeListener(e -> show());
        stage.addValueChangeListener(e -> show());
        dueSoon.addValueChangeListener(e -> show());
        overdue.addValueChangeListener(e -> show());
        unassigned.addValueChangeListener(e -> show());

        Button refresh = new Button(getTranslation("myWork.refresh"), click -> reload());
        refresh.setId("my-work-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Div filters = new Div(consultation, stage, dueSoon, overdue, unassigned, refresh);
        filters.addClassName("pp-filters");
        filters.setId("my-work-filters");
        filters.getElement().setAttribute("role", "group");
        filters.getElement().setAttribute("aria-label", getTranslation("myWork.filter.label"));

        count.setId("my-work-count");
        count.getElement().setAttribute("aria-live", "polite");
        status.setId("my-work-status");
        status.getElement().setAttribute("role", "status");
        status.addClassName("pp-status");
        list.setId("my-work-list");
        list.getElement().setAttribute("aria-label", getTranslation("myWork.listLabel"));

        add(new H1(getTranslation("myWork.heading")), new Paragraph(getTranslation("myWork.intro")), filters, status,
                count, list);
        reload();
    }

    /** Reads the inbox again and shows it with the current filters. */
    void reload() {
        items = work.inbox(user, 0, 500);
        Map<Long, Consultation> consultationsById = new HashMap<>();
        consultations.teamConsultationsOf(user).forEach(c -> consultationsById.put(c.id(), c));
        byId = consultationsById;
        Consultation chosen = consultation.getValue();
        consultation.setItems(consultationsById.values().stream()
                .sorted(Comparator.comparing(Consultation::title)).toList());
        if (chosen != null) {
            consultation.setValue(consultationsById.get(chosen.id()));
        }
        show();
    }

    private void show() {
        Instant now = clock.instant();
        List<WorkItem> shown = items.stream()
                .filter(item -> consultation.getValue() == null
                        || Objects.equals(item.consultationId(), consultation.getValue().id()))
                .filter(item -> stage.getValue() == null || stage.getValue().name().equals(item.stage()))
                .filter(item -> !dueSoon.getValue()
                        || item.dueAt() != null && item.dueAt().isBefore(now.plus(DUE_SOON)))
                .filter(item -> !overdue.getValue() || item.isOverdue(now))
                .filter(item -> !unassigned.getValue() || item.assignee() == null)
                .sorted(Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(WorkItem::createdAt))
                .toList();
        list.removeAll();
        count.setText(getTranslation("myWork.count", shown.size(), items.size()));
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(items.isEmpty() ? "myWork.empty" : "myWork.noneMatch"));
            empty.setId("my-work-empty");
            list.add(empty);
            return;
        }
        UnorderedList cards = new UnorderedList();
        cards.addClassName("pp-plain-list");
        shown.forEach(item -> cards.add(new ListItem(card(item, now))));
        list.add(cards);
    }

    private Article card(WorkItem item, Instant now) {
        Article card = new Article();
        card.addClassNames("pp-card", "pp-work-card");
        card.setId("work-item-" + item.taskId());
        card.add(new H2(item.name()));
        Consultation about = item.consultationId() == null ? null : byId.get(item.consultationId());
        DescriptionList facts = new DescriptionList();
        facts.addClassName("pp-facts");
        if (about != null) {
            fact(facts, "myWork.consultation", about.title() + " (" + about.ref() + ")");
        }
        fact(facts, "myWork.stage", item.stage() == null ? getTranslation("myWork.noStage")
                : Texts.stage(this, item.stage()));
        Span due = new Span(item.dueAt() == null ? getTranslation("myWork.noDueDate") : Texts.date(this, item.dueAt()));
        if (item.isOverdue(now)) {
            Span badge = new Span(getTranslation("myWork.overdueBadge"));
            badge.addClassNames("pp-badge", "pp-badge-warning");
            due.add(new Span(" "), badge);
        }
        facts.add(new DescriptionList.Term(getTranslation("myWork.due")), new DescriptionList.Description(due));
        fact(facts, "myWork.claimed", item.assignee() == null ? getTranslation("myWork.notClaimed")
                : user.userId().equals(item.assignee()) ? getTranslation("myWork.claimedByYou") : item.assignee());
        card.add(facts);

        Anchor open = new Anchor("work/" + item.taskId(), getTranslation("myWork.open"));
        open.setId("work-open-" + item.taskId());
        open.addClassName("pp-button-link");
        open.getElement().setAttribute("aria-label", getTranslation("myWork.openNamed", item.name()));
        Div actions = new Div(open);
        actions.addClassName("pp-actions");
        if (item.assignee() == null) {
            Button claim = new Button(getTranslation("myWork.claim"), click -> claim(item));
            claim.setId("work-claim-" + item.taskId());
            claim.setAriaLabel(getTranslation("myWork.claimNamed", item.name()));
            actions.add(claim);
        } else if (user.userId().equals(item.assignee())) {
            Button unclaim = new Button(getTranslation("myWork.unclaim"), click -> unclaim(item));
            unclaim.setId("work-unclaim-" + item.taskId());
            unclaim.setAriaLabel(getTranslation("myWork.unclaimNamed", item.name()));
            actions.add(unclaim);
        }
        card.add(actions);
        return card;
    }

    private void fact(DescriptionList facts, String termKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    void claim(WorkItem item) {
        try {
            work.claim(user, item.taskId());
            say(getTranslation("myWork.claimedMessage", item.name()));
        } catch (WorkItemGoneException gone) {
            say(getTranslation("myWork.gone", item.name()));
        } catch (AccessDeniedException taken) {
            say(getTranslation("myWork.takenByOther", item.name()));
        }
        reload();
    }

    void unclaim(WorkItem item) {
        try {
            work.unclaim(user, item.taskId());
            say(getTranslation("myWork.unclaimedMessage", item.name()));
        } catch (WorkItemGoneException gone) {
            say(getTranslation("myWork.gone", item.name()));
        } catch (AccessDeniedException taken) {
            say(getTranslation("myWork.takenByOther", item.name()));
        }
        reload();
    }

    private void say(String message) {
        status.setText(message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myWork.title");
    }
}
