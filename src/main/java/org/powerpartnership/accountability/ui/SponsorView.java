package org.powerpartnership.accountability.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.accountability.SponsorDesk;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.workflow.WorkService;

/**
 * What waits for a sponsor: escalations of their consultations (sign-offs past their deadline, overdue or off-track
 * commitments, overdue work), each with its history, and the response, which is published on the accountability
 * record. Answered escalations stay listed with their responses.
 */
@Route("sponsor")
@Menu(title = "nav.sponsor", order = 22)
@RolesAllowed(Roles.SPONSOR)
class SponsorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SponsorDesk desk;
    private final WorkService work;
    private final FormCatalog forms;
    private final FormValidator validator;
    private final Clock clock;
    private final SignedInUser sponsor;
    private final ConsultationPauses pauses;
    private final PanelSettings panels;

    SponsorView(SponsorDesk desk, WorkService work, FormCatalog forms, FormValidator validator, Clock clock,
                CurrentUser currentUser, ConsultationPauses pauses, PanelSettings panels) {
        this.pauses = pauses;
        this.panels = panels;
        this.desk = desk;
        this.work = work;
        this.forms = forms;
        this.validator = validator;
        this.clock = clock;
        this.sponsor = currentUser.require();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(null);
    }

    private void show(String statusKey) {
        removeAll();
        add(new H1(getTranslation("sponsor.heading")), new Paragraph(getTranslation("sponsor.intro")));
        if (statusKey != null) {
            Paragraph status = new Paragraph(getTranslation(statusKey));
            status.setId("sponsor-status");
            status.addClassName("pp-status");
            status.getElement().setAttribute("role", "status");
            add(status);
            status.scrollIntoView(); // the form was further down: bring the outcome into sight
        }
        Section open = Texts.section(this, "open-escalations", "sponsor.open.heading");
        List<SponsorDesk.Case> cases = desk.open(sponsor);
        if (cases.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("sponsor.open.none"));
            none.setId("no-open-escalations");
            open.add(none);
        }
        cases.forEach(escalation -> open.add(card(escalation, true)));
        Section answered = Texts.section(this, "answered-escalations", "sponsor.answered.heading");
        List<SponsorDesk.Case> done = desk.answered(sponsor);
        if (done.isEmpty()) {
            answered.add(new Paragraph(getTranslation("sponsor.answered.none")));
        }
        done.forEach(escalation -> answered.add(card(escalation, false)));
        add(open, answered, panels.refreshed());
        add(new SponsorPauseSection(pauses, sponsor));
    }

    private Article card(SponsorDesk.Case escalationCase, boolean open) {
        Escalation escalation = escalationCase.escalation();
        String id = "escalation-" + escalation.id();
        Article card = new Article(new H3(getTranslation("sponsor.case.title",
                getTranslation("sponsor.kind." + escalation.kind()), subject(escalation))));
        card.setId(id);
        card.addClassName("pp-card");
        long days = Math.max(0, Duration.between(escalation.raisedAt(), clock.instant()).toDays());
        Paragraph raised = new Paragraph(Texts.badge(this, "sponsor.kind.badge." + escalation.kind(),
                Escalation.COMMITMENT_OFF_TRACK.equals(escalation.kind()) ? "warn" : "bad"));
        raised.add(" " + getTranslation("sponsor.case.raised", escalationCase.consultationTitle(),
                Texts.date(this, escalation.raisedAt()), days));
        raised.setId(id + "-raised");
        card.add(raised);
        card.add(history(escalationCase, id));
        Anchor record = new Anchor("record/" + escalationCase.consultationRef(), getTranslation("sponsor.case.record"));
        record.addClassName("pp-link");
        if (open) {
            card.add(respond(escalationCase, id));
        } else {
            Paragraph response = new Paragraph(getTranslation("sponsor.case.yourResponse", escalation.response()));
            response.setId(id + "-response-published");
            card.add(response);
        }
        card.add(record);
        return card;
    }

    private String subject(Escalation escalation) {
        String subject = escalation.subject();
        return subject != null && subject.startsWith("stage.") ? getTranslation(subject) : subject;
    }

    private Component history(SponsorDesk.Case escalationCase, String id) {
        Div box = new Div();
        box.setId(id + "-history");
        box.add(new H4(getTranslation("sponsor.history")));
        OrderedList list = new OrderedList();
        list.addClassName("pp-timeline");
        for (SponsorDesk.Event event : escalationCase.history()) {
            ListItem item = new ListItem(getTranslation("sponsor.event", Texts.date(this, event.at()),
                    describe(event)));
            if (event.text() != null && !event.text().isBlank() && !event.what().equals("escalation.raised")
                    && !event.what().equals("gate.opened") && !event.what().equals("commitment.added")) {
                Paragraph text = new Paragraph(event.text());
                text.addClassName("pp-quote");
                item.add(text);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private String describe(SponsorDesk.Event event) {
        String by = event.by() == null ? "" : event.by();
        return switch (event.what()) {
            case "gate.opened" -> getTranslation("sponsor.event.gateOpened", getTranslation("stage." + event.value()),
                    event.text());
            case "gate.closed" -> getTranslation("sponsor.event.gateClosed",
                    getTranslation("review.outcome." + event.value()));
            case "gate.answered" -> getTranslation("sponsor.event.gateAnswered", by);
            case "vote" -> getTranslation("sponsor.event.vote", by, getTranslation("review.decision." + event.value()));
            case "commitment.added" -> getTranslation("sponsor.event.commitmentAdded", event.text(), by,
                    Texts.date(this, java.time.LocalDate.parse(event.value())));
            case "commitment.extended" -> getTranslation("sponsor.event.extended", by,
                    Texts.date(this, java.time.LocalDate.parse(event.value().split("/")[0])),
                    Texts.date(this, java.time.LocalDate.parse(event.value().split("/")[1])));
            case "commitment.withdrawn" -> getTranslation("sponsor.event.withdrawn", by);
            case "escalation.raised" -> getTranslation("sponsor.event.raised");
            case "escalation.answered" -> getTranslation("sponsor.event.answered", by);
            default -> getTranslation("sponsor.event.review", by,
                    getTranslation("commitments.look." + event.what().substring("review.".length()) + "."
                            + event.value()));
        };
    }

    private Component respond(SponsorDesk.Case escalationCase, String id) {
        Div box = new Div();
        box.addClassName("pp-task");
        H4 heading = new H4(getTranslation("sponsor.respond.heading"));
        heading.setId(id + "-respond-heading");
        box.add(heading);
        if (escalationCase.task() != null) {
            var task = escalationCase.task();
            box.add(new TaskForm(forms.byId(task.formRef()), validator, id, getTranslation("sponsor.respond.submit"),
                    values -> work.complete(sponsor, task.taskId(), values),
                    outcome -> show(outcome == TaskForm.Outcome.DONE ? "sponsor.respond.done" : "sponsor.respond.gone")));
            return box;
        }
        TextArea response = new TextArea(getTranslation("sponsor.respond.label"));
        response.setId(id + "-response");
        response.setHelperText(getTranslation("sponsor.respond.help"));
        response.setRequiredIndicatorVisible(true);
        response.setMaxLength(4000);
        response.addClassName("pp-form-wide");
        Button submit = new Button(getTranslation("sponsor.respond.submit"));
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> {
            try {
                desk.respond(sponsor, escalationCase.escalation().id(), response.getValue());
                show("sponsor.respond.done");
            } catch (InvalidInputException invalid) {
                FieldProblems.show(this, invalid.problems(), java.util.Map.of("response", response));
                submit.setEnabled(true);
            }
        });
        box.add(response, submit);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sponsor.title");
    }
}
