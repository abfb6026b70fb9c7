package org.powerpartnership.network.ui;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.forms.ui.CamundaFormRenderer;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.ui.HearBackFields;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.survey.ui.SurveyIntroduction;
import org.powerpartnership.shared.ui.FieldProblems;
import org.springframework.security.access.AccessDeniedException;

/**
 * A partner enters a survey response for a resident who is offline: the consultation's survey (its Camunda Form,
 * by the generic renderer), the resident's first name or initials if they like (no contact details), and the
 * resident's consent, which must be confirmed. Stored as an assisted response by this partner; sending the same
 * form twice stores it once.
 */
@Route("partner/assist/:consultationId")
@RolesAllowed(Roles.PARTNER)
class AssistedResponseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PartnerWorkspace workspace;
    private final transient SurveyService surveys;
    private final transient ConsultationService consultations;
    private final transient Clock clock;
    private final transient CurrentUser currentUser;

    private final TextField residentName = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Paragraph consentProblem = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private HearBackFields hearBack;
    private CamundaFormRenderer survey;
    private Button submit;
    private long consultationId;
    private String submissionKey;

    AssistedResponseView(PartnerWorkspace workspace, SurveyService surveys, ConsultationService consultations,
                         Clock clock, CurrentUser currentUser) {
        this.workspace = workspace;
        this.surveys = surveys;
        this.consultations = consultations;
        this.clock = clock;
        this.currentUser = currentUser;
        addClassNames("pp-partner", "pp-assisted");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SignedInUser partner = currentUser.require();
        try {
            consultationId = Long.parseLong(event.getRouteParameters().get("consultationId").orElse(""));
        } catch (NumberFormatException notANumber) {
            refused("assisted.notFound");
            return;
        }
        PartnerWorkspace.PartnerConsultation consultation;
        try {
            consultation = workspace.consultationFor(partner, consultationId);
        } catch (AccessDeniedException notInvited) {
            // an unknown consultation has no partners either: the same answer, nothing given away
            refused("assisted.notInvited");
            return;
        }
        if (!consultation.windowOpen()) {
            refused("assisted.windowClosed");
            return;
        }
        show(consultation);
    }

    private void show(PartnerWorkspace.PartnerConsultation consultation) {
        submissionKey = UUID.randomUUID().toString();
        H1 heading = new H1(getTranslation("assisted.heading"));
        heading.setId("assisted-heading");
        Paragraph about = new Paragraph(getTranslation("assisted.consultation", consultation.title()));
        about.setId("assisted-consultation");
        add(heading, about, new Paragraph(getTranslation("assisted.intro")),
                new SurveyIntroduction(consultations.get(consultationId), clock.getZone()));

        Section person = new Section(new H2(getTranslation("assisted.person.heading")));
        residentName.setLabel(getTranslation("assisted.residentName.label"));
        residentName.setHelperText(getTranslation("assisted.residentName.help"));
        residentName.setId("assisted-resident-name");
        residentName.setMaxLength(AssistedResponse.NAME_MAX);
        residentName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        person.add(residentName);

        Section answers = new Section(new H2(getTranslation("assisted.answers.heading")));
        survey = new CamundaFormRenderer(surveys.current(consultationId).schema());
        survey.setId("assisted-form");
        answers.add(survey);

        Section agreement = new Section(new H2(getTranslation("assisted.consent.heading")));
        consent.setLabel(getTranslation("assisted.consent.label"));
        consent.setId("assisted-consent");
        consent.setRequiredIndicatorVisible(true);
        consentProblem.setId("assisted-consent-problem");
        consentProblem.addClassName("pp-problem");
        consentProblem.getElement().setAttribute("role", "alert");
        consentProblem.setVisible(false);
        agreement.add(new Paragraph(getTranslation("assisted.consent.explain")), consent, consentProblem);

        hearBack = new HearBackFields();

        problem.setId("assisted-problem");
        problem.addClassName("pp-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        submit = new Button(getTranslation("assisted.submit"), click -> submit());
        submit.setId("assisted-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        Anchor cancel = new Anchor("partner", getTranslation("assisted.cancel"));
        cancel.setId("assisted-cancel");
        HorizontalLayout actions = new HorizontalLayout(submit, cancel);
        actions.addClassName("pp-actions");
        add(person, answers, agreement, hearBack, problem, actions);
    }

    private void submit() {
        problem.setVisible(false);
        consentProblem.setVisible(false);
        residentName.setInvalid(false);
        hearBack.clearProblems();
        try {
            workspace.enterAssistedResponse(currentUser.require(), consultationId, survey.getValues(),
                    new AssistedResponse(residentName.getValue(), consent.getValue(),
                            getTranslation("assisted.consent.label"), submissionKey), hearBack.value());
            done();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = hearBack.show(survey.showProblems(invalid.problems()));
            StringBuilder other = new StringBuilder();
            for (FieldProblem p : unplaced) {
                switch (p.field()) {
                    case "consent" -> {
                        consentProblem.setText(FieldProblems.message(this, p));
                        consentProblem.setVisible(true);
                    }
                    case "residentName" -> {
                        residentName.setErrorMessage(FieldProblems.message(this, p));
                        residentName.setInvalid(true);
                    }
                    default -> other.append(FieldProblems.message(this, p)).append(' ');
                }
            }
            if (!other.isEmpty()) {
                problem.setText(other.toString().strip());
                problem.setVisible(true);
            }
            if (residentName.isInvalid()) {
                residentName.focus();
            } else if (consentProblem.isVisible() && invalid.problems().stream()
                    .allMatch(p -> "consent".equals(p.field()))) {
                consent.focus();
            } else if (hearBack.hasProblems() && invalid.problems().stream()
                    .allMatch(p -> p.field().startsWith("hearBack"))) {
                hearBack.focusProblem();
            }
            submit.setEnabled(true);
        } catch (AccessDeniedException notInvited) {
            removeAll();
            refused("assisted.notInvited");
        }
    }

    private void done() {
        removeAll();
        H1 heading = new H1(getTranslation("assisted.done.heading"));
        heading.setId("assisted-done");
        Paragraph text = new Paragraph(getTranslation("assisted.done.text"));
        Anchor another = new Anchor("partner/assist/" + consultationId, getTranslation("assisted.done.another"));
        another.setId("assisted-another");
        Anchor back = new Anchor("partner", getTranslation("assisted.done.back"));
        back.setId("assisted-back");
        add(heading, text, new Paragraph(another), new Paragraph(back));
    }

    private void refused(String key) {
        H1 heading = new H1(getTranslation("assisted.heading"));
        Paragraph message = new Paragraph(getTranslation(key));
        message.setId("assisted-refused");
        Anchor back = new Anchor("partner", getTranslation("assisted.done.back"));
        add(heading, message, new Paragraph(back));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assisted.title");
    }
}
