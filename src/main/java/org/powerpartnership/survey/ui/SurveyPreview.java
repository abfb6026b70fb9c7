package org.powerpartnership.survey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.forms.ui.CamundaFormRenderer;

/**
 * The survey exactly as residents see it, drawn by the same renderer as their survey screen, at full width or in a
 * frame as narrow as a phone. One renderer at a time, so the fields' ids stay unique on the page.
 */
class SurveyPreview extends Section {

    static final String DESKTOP = "desktop";
    static final String PHONE = "phone";

    final RadioButtonGroup<String> width = new RadioButtonGroup<>();
    final Div frame = new Div();
    CamundaFormRenderer form;

    SurveyPreview() {
        setId("survey-preview");
        addClassName("pp-survey-preview");
        H2 heading = new H2(getTranslation("surveyBuilder.preview.heading"));
        heading.setId("survey-preview-heading");
        getElement().setAttribute("aria-labelledby", "survey-preview-heading");
        width.setId("survey-preview-width");
        width.setLabel(getTranslation("surveyBuilder.preview.width"));
        width.setItems(DESKTOP, PHONE);
        width.setItemLabelGenerator(w -> getTranslation("surveyBuilder.preview." + w));
        width.setValue(DESKTOP);
        width.addValueChangeListener(change -> frame.setClassName("pp-phone-frame", PHONE.equals(change.getValue())));
        frame.setId("survey-preview-frame");
        frame.addClassName("pp-preview-frame");
        add(heading, new Paragraph(getTranslation("surveyBuilder.preview.intro")), width, frame);
        setVisible(false);
    }

    void show(FormSchema schema) {
        frame.removeAll();
        form = new CamundaFormRenderer(schema);
        form.setId("survey-preview-form");
        frame.add(form);
        setVisible(true);
    }

    void hide() {
        frame.removeAll();
        form = null;
        setVisible(false);
    }
}
