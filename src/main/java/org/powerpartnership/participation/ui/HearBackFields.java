package org.powerpartnership.participation.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;

import org.powerpartnership.participation.HearBack;
import org.powerpartnership.participation.HearBackRequest;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * Hearing back, for a response typed in on someone's behalf (with a partner's help, on paper, at an event): an
 * optional email address, the person's agreement in plain words, and English or Welsh. The service refuses an address
 * without agreement, or agreement without a valid address; the problem shows beside the field and nothing typed is
 * lost. Used by the paper responses screen and the partner's assisted response screen.
 */
public class HearBackFields extends Section {

    private final EmailField email = new EmailField();
    private final Checkbox consent = new Checkbox();
    private final Paragraph consentProblem = new Paragraph();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    /** The screen's language, which the person typing likely shares with the person they are helping. */
    private final String usual;

    public HearBackFields() {
        setId("hear-back");
        addClassName("pp-hear-back");
        add(new H2(getTranslation("hearBack.heading")), new Paragraph(getTranslation("hearBack.explain")));

        email.setLabel(getTranslation("hearBack.email.label"));
        email.setHelperText(getTranslation("hearBack.email.help"));
        email.setId("hear-back-email");
        email.setMaxLength(254);
        email.setAutocomplete(Autocomplete.OFF);
        email.setClearButtonVisible(true);
        email.setManualValidation(true); // the service's rule shows, not a second one of the browser's

        consent.setLabel(getTranslation("hearBack.consent.label"));
        consent.setId("hear-back-consent");
        consentProblem.setId("hear-back-consent-problem");
        consentProblem.addClassName("pp-problem");
        consentProblem.getElement().setAttribute("role", "alert");
        consentProblem.setVisible(false);

        language.setLabel(getTranslation("hearBack.language.label"));
        language.setId("hear-back-language");
        language.setItems(HearBack.LANGUAGES.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        language.setItemLabelGenerator(tag -> getTranslation("hearBack.language." + tag));
        usual = HearBack.LANGUAGES.contains(getLocale().getLanguage()) ? getLocale().getLanguage() : "en";
        language.setValue(usual);
        language.setManualValidation(true);
        // one under another, the address wide enough to read back to the person
        add(new Div(email), new Div(consent), consentProblem, new Div(language));
    }

    /** What was typed and ticked, with the agreement in the words shown beside the box. */
    public HearBackRequest value() {
        return HearBackRequest.byEmail(email.getValue(), consent.getValue(), language.getValue(),
                getTranslation("hearBack.consent.label"));
    }

    /** Shows the problems that are about hearing back beside their fields; returns the others. */
    public List<FieldProblem> show(List<FieldProblem> problems) {
        clearProblems();
        List<FieldProblem> others = new ArrayList<>();
        for (FieldProblem problem : problems) {
            switch (problem.field()) {
                case "hearBackEmail" -> {
                    email.setErrorMessage(FieldProblems.message(this, problem));
                    email.setInvalid(true);
                }
                case "hearBackConsent" -> {
                    consentProblem.setText(FieldProblems.message(this, problem));
                    consentProblem.setVisible(true);
                }
                case "hearBackLanguage" -> {
                    language.setErrorMessage(FieldProblems.message(this, problem));
                    language.setInvalid(true);
                }
                default -> others.add(problem);
            }
        }
        return others;
    }

    /** Whether a problem is shown here. */
    public boolean hasProblems() {
        return email.isInvalid() || consentProblem.isVisible() || language.isInvalid();
    }

    /** Puts the cursor on the first field to put right. */
    public void focusProblem() {
        if (email.isInvalid()) {
            email.focus();
        } else if (consentProblem.isVisible()) {
            consent.focus();
        }
    }

    public void clearProblems() {
        email.setInvalid(false);
        consentProblem.setVisible(false);
        language.setInvalid(false);
    }

    /** Empty again for the next person. */
    public void clear() {
        clearProblems();
        email.clear();
        consent.setValue(false);
        language.setValue(usual);
    }
}
