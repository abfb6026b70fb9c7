package org.powerpartnership.participation.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
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

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.participation.Adjustment;
import org.powerpartnership.participation.AdjustmentService;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * "Ask for support": a resident asks for an adjustment (a format, a language, an interpreter, travel or childcare
 * support, another way to take part) for a consultation; the council team gets a task with a deadline. Below, the
 * resident's requests and the team's answers. {@code ?consultation=<id>} chooses the consultation.
 */
@Route("support")
@Menu(title = "nav.support", order = 14)
@RolesAllowed(Roles.RESIDENT)
class SupportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AdjustmentService adjustments;
    private final transient ConsultationService consultations;
    private final transient ResidentTasks tasks;
    private final SignedInUser user;
    private final FormSchema requestForm;
    private final FormSchema responseForm;
    private final FormValidator validator;

    final ComboBox<Consultation> consultation = new ComboBox<>();
    private CamundaFormRenderer form;
    private final Div formHolder = new Div();
    private final Paragraph error = new Paragraph();
    private final Paragraph sent = new Paragraph();
    private final Button send = new Button();
    private final Section requests = new Section();

    SupportView(AdjustmentService adjustments, ConsultationService consultations, ResidentTasks tasks,
                FormCatalog forms, FormValidator validator, CurrentUser currentUser) {
        this.adjustments = adjustments;
        this.consultations = consultations;
        this.tasks = tasks;
        this.validator = validator;
        this.user = currentUser.requireAnyRole(Roles.RESIDENT);
        this.requestForm = forms.byId(AdjustmentService.REQUEST_FORM);
        this.responseForm = forms.byId("adjustment-response");
        addClassName("pp-support");

        add(new H1(getTranslation("support.heading")),
                new Paragraph(getTranslation("support.intro", AdjustmentService.RESPOND_WITHIN_DAYS)));

        Section ask = new Section(new H2(getTranslation("support.ask")));
        ask.setId("support-ask");
        consultation.setId("support-consultation");
        consultation.setLabel(getTranslation("support.consultation"));
        consultation.setHelperText(getTranslation("support.consultation.help"));
        consultation.setRequiredIndicatorVisible(true);
        consultation.setItemLabelGenerator(Consultation::title);
        consultation.setWidthFull();
        consultation.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                consultation.setInvalid(false);
            }
        });
        error.setId("support-error");
        error.addClassName("pp-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        sent.setId("support-sent");
        sent.addClassName("pp-status");
        sent.getElement().setAttribute("role", "status");
        send.setText(getTranslation("support.send"));
        send.setId("support-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(click -> send());
        newForm();
        Div actions = new Div(send);
        actions.addClassName("pp-actions");
        ask.add(consultation, formHolder, error, actions, sent);
        add(ask);

        requests.setId("support-requests");
        add(requests);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showRequests();
        List<Consultation> choices = new ArrayList<>(tasks.openForResponses());
        Long chosen = event.getLocation().getQueryParameters().getSingleParameter("consultation")
                .flatMap(SupportView::number).orElse(null);
        Consultation preselected = null;
        if (chosen != null) {
            preselected = choices.stream().filter(c -> c.id() == chosen).findFirst().orElse(null);
            if (preselected == null) {
                try {
                    Consultation named = consultations.get(chosen);
                    if (!Consultation.COMPLETED.equals(named.status())) {
                        choices.add(0, named);
                        preselected = named;
                    }
                } catch (IllegalArgumentException unknown) {
                    // an old or mistyped link: the resident chooses
                }
            }
        }
        consultation.setItems(choices);
        if (preselected != null) {
            consultation.setValue(preselected);
        } else if (choices.size() == 1) {
            consultation.setValue(choices.get(0));
        }
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    private void newForm() {
        form = new CamundaFormRenderer(requestForm, validator);
        form.setId("support-form");
        formHolder.removeAll();
        formHolder.add(form);
    }

    private void send() {
        error.setVisible(false);
        sent.setText("");
        try {
            boolean noConsultation = consultation.getValue() == null;
            consultation.setErrorMessage(getTranslation("support.consultation.missing"));
            consultation.setInvalid(noConsultation);
            List<FieldProblem> problems = form.validate();
            if (noConsultation) {
                consultation.focus();
            }
            if (noConsultation || !problems.isEmpty()) {
                showError(getTranslation("residentTasks.checkAnswers"));
                return;
            }
            adjustments.request(user, consultation.getValue().id(), form.getValues());
            sent.setText(getTranslation("support.sent"));
            newForm();
            showRequests();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> left = form.showProblems(invalid.problems());
            showError(left.isEmpty() ? getTranslation("residentTasks.checkAnswers")
                    : String.join(" ", left.stream().map(p -> FieldProblems.message(this, p)).toList()));
        } finally {
            send.setEnabled(true);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showRequests() {
        requests.removeAll();
        requests.add(new H2(getTranslation("support.yours")));
        List<Adjustment> mine = adjustments.requestsOf(user);
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("support.none"));
            none.setId("support-none");
            requests.add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("support-list");
        list.addClassName("pp-task-list");
        for (Adjustment adjustment : mine) {
            list.add(new ListItem(card(adjustment)));
        }
        requests.add(list);
    }

    private Article card(Adjustment adjustment) {
        Article card = new Article();
        card.addClassName("pp-card");
        card.addClassName("pp-support-request");
        card.getElement().setAttribute("data-request", String.valueOf(adjustment.id()));
        String kind = requestForm.field("kind").map(f -> f.optionLabel(adjustment.kind())).orElse(adjustment.kind());
        card.add(new H3(kind));
        card.add(new Paragraph(getTranslation("residentTasks.consultation",
                consultations.get(adjustment.consultationId()).title())));
        card.add(new Paragraph(getTranslation("support.askedOn", TaskTexts.date(this, adjustment.requestedAt()))));
        boolean answered = "ANSWERED".equals(adjustment.status());
        Span status = new Span(getTranslation(answered ? "support.status.answered" : "support.status.requested"));
        status.addClassName("pp-badge");
        status.addClassName(answered ? "pp-badge-good" : "pp-badge-warn");
        status.addClassName("pp-request-status");
        Paragraph statusLine = new Paragraph(getTranslation("residentTasks.statusLabel") + " ");
        statusLine.add(status);
        card.add(statusLine);
        if (answered) {
            if (adjustment.outcome() != null) {
                String outcome = responseForm.field("outcome").map(f -> f.optionLabel(adjustment.outcome()))
                        .orElse(adjustment.outcome());
                card.add(new Paragraph(getTranslation("support.outcome", outcome)));
            }
            if (adjustment.message() != null && !adjustment.message().isBlank()) {
                Paragraph message = new Paragraph(getTranslation("support.message", adjustment.message()));
                message.addClassName("pp-request-message");
                card.add(message);
            }
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.heading");
    }
}
