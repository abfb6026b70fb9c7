package org.powerpartnership.participation.ui;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;
import org.powerpartnership.survey.SurveyService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Typing in responses that came in on paper or at an event, one after another: the consultation's own survey, the
 * channel (kept from one response to the next), and "Save and enter the next", which clears the form, puts the cursor
 * back in the first answer and counts how many were entered in this sitting. A refused entry keeps what was typed and
 * says what is wrong beside each answer. For the consultation's team and for partners of an invited organisation;
 * the service checks both.
 */
@Route("consultation/:consultationId/paper")
@RolesAllowed({Roles.OFFICER, Roles.PARTNER})
class PaperResponsesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ParticipationService participation;
    private final transient ConsultationService consultations;
    private final transient SurveyService surveys;
    private final transient FormValidator validator;
    private final transient Clock clock;
    private final SignedInUser user;

    final RadioButtonGroup<String> channel = new RadioButtonGroup<>();
    final Div formHolder = new Div();
    final Paragraph problem = new Paragraph();
    final Paragraph count = new Paragraph();
    final Button save = new Button();
    final HearBackFields hearBack = new HearBackFields();
    CamundaFormRenderer form;
    private long consultationId;
    private String submissionKey;
    private int entered;

    PaperResponsesView(ParticipationService participation, ConsultationService consultations, SurveyService surveys,
                       FormValidator validator, Clock clock, CurrentUser currentUser) {
        this.participation = participation;
        this.consultations = consultations;
        this.surveys = surveys;
        this.validator = validator;
        this.clock = clock;
        this.user = currentUser.requireAnyRole(Roles.OFFICER, Roles.PARTNER);
        addClassNames("pp-officer", "pp-paper");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        consultationId = event.getRouteParameters().getLong("consultationId").orElse(-1L);
        if (!participation.mayEnterOnBehalf(user, consultationId)) {
            // an unknown consultation gets the same answer as one the person is not part of: nothing given away
            refused("paper.refused");
            return;
        }
        Consultation consultation = consultations.get(consultationId);
        if (!consultation.isWindowOpen(clock.instant())) {
            refused("paper.windowClosed");
            return;
        }
        show(consultation);
    }

    private void show(Consultation consultation) {
        H1 heading = new H1(getTranslation("paper.heading"));
        heading.setId("paper-heading");
        Paragraph about = new Paragraph(getTranslation("paper.consultation", consultation.title(), consultation.ref()));
        about.setId("paper-consultation");
        add(heading, about, new Paragraph(getTranslation("paper.intro")));

        channel.setLabel(getTranslation("paper.channel.label"));
        channel.setId("paper-channel");
        channel.setItems(ParticipationService.ON_BEHALF_CHANNELS);
        channel.setItemLabelGenerator(value -> getTranslation("responses.channel." + value));
        channel.setValue(ParticipationService.PAPER);
        channel.setRequiredIndicatorVisible(true);

        formHolder.setId("paper-form-holder");
        Section answers = new Section(new H2(getTranslation("paper.answers.heading")), formHolder);
        newForm();

        problem.setId("paper-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        save.setText(getTranslation("paper.save"));
        save.setId("paper-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        // Ctrl+Enter saves from any answer, so a pile of forms can be typed without reaching for the mouse
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);

        count.setId("paper-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        count.setText(getTranslation("paper.count", 0));

        boolean officer = user.hasRole(Roles.OFFICER) && consultations.isOnTeam(consultationId, user.userId());
        Anchor back = officer ? new Anchor("consultation/" + consultationId, getTranslation("paper.back.officer"))
                : new Anchor("partner", getTranslation("paper.back.partner"));
        back.setId("paper-back");
        HorizontalLayout actions = new HorizontalLayout(save, back);
        actions.addClassName("pp-actions");
        add(channel, answers, hearBack, problem, new Paragraph(getTranslation("paper.shortcut")), actions, count);
        if (officer) {
            Anchor responses = new Anchor("consultation/" + consultationId + "/responses",
                    getTranslation("paper.seeResponses"));
            responses.setId("paper-responses");
            add(new Paragraph(responses));
        }
        focusFirstAnswer();
    }

    /** A fresh, empty form with a new submission key: a second click on the same entry stores it once. */
    private void newForm() {
        submissionKey = UUID.randomUUID().toString();
        form = new CamundaFormRenderer(surveys.current(consultationId).schema(), validator);
        form.setId("paper-form");
        formHolder.removeAll();
        formHolder.add(form);
    }

    private void save() {
        problem.setVisible(false);
        hearBack.clearProblems();
        try {
            participation.enterOnBehalf(user, consultationId, form.getValues(), channel.getValue(), submissionKey,
                    hearBack.value());
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = hearBack.show(form.showProblems(invalid.problems()));
            if (invalid.problems().stream().allMatch(p -> p.field().startsWith("hearBack"))) {
                hearBack.focusProblem();
            }
            // the first answer to put right gets the cursor, a radio group too
            form.schema().fields().stream()
                    .filter(field -> invalid.problems().stream().anyMatch(p -> p.field().equals(field.key())))
                    .findFirst().flatMap(field -> form.field(field.key())).ifPresent(PaperResponsesView::focusInput);
            if (!unplaced.isEmpty()) {
                problem.setText(String.join(" ", unplaced.stream().map(p -> FieldProblems.message(this, p)).toList()));
                problem.setVisible(true);
            }
            count.setText(getTranslation("paper.notSaved", entered));
            save.setEnabled(true);
            return;
        } catch (AccessDeniedException notAllowed) {
            removeAll();
            refused("paper.refused");
            return;
        }
        entered++;
        newForm();
        hearBack.clear();
        count.setText(getTranslation("paper.saved", entered));
        save.setEnabled(true);
        focusFirstAnswer();
    }

    /**
     * Puts the cursor in the first answer. Not every field is {@code Focusable} (a radio group is not), so the
     * browser focuses the field's own input once the new form has been drawn.
     */
    private void focusFirstAnswer() {
        form.schema().fields().stream().filter(FormField::editable).findFirst()
                .flatMap(field -> form.field(field.key())).ifPresent(PaperResponsesView::focusInput);
    }

    private static void focusInput(com.vaadin.flow.component.Component field) {
        field.getElement().executeJs("const host = this; setTimeout(() => "
                + "(host.querySelector('input:not([type=hidden]), textarea') || host).focus())");
    }

    int entered() {
        return entered;
    }

    private void refused(String key) {
        H1 heading = new H1(getTranslation("paper.heading"));
        Paragraph message = new Paragraph(getTranslation(key));
        message.setId("paper-refused");
        add(heading, message);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("paper.title");
    }
}
