package org.powerpartnership.survey.ui;

import java.time.ZoneId;
import java.util.Arrays;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.ui.CouncilDates;

/**
 * What people read before a survey's questions, wherever they answer it (online, with a partner, on paper): the
 * question agreed in stage 1, the background, what is still open to change and when the survey closes. Answers given
 * without this are answers to a question nobody was shown.
 */
public class SurveyIntroduction extends Section {

    public SurveyIntroduction(Consultation consultation, ZoneId zone) {
        addClassName("pp-survey-intro");
        setId("survey-introduction");
        H2 heading = new H2(getTranslation("survey.intro.heading"));
        heading.setId("survey-introduction-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        if (present(consultation.question())) {
            part("survey-intro-question", "survey.intro.question", consultation.question());
        }
        part("survey-intro-background", "survey.intro.background",
                present(consultation.issue()) ? consultation.summary() + "\n" + consultation.issue()
                        : consultation.summary());
        if (present(consultation.formativeStatement())) {
            part("survey-intro-open", "survey.intro.openToChange", consultation.formativeStatement());
        }
        if (consultation.windowClosesAt() != null) {
            Paragraph closes = new Paragraph(getTranslation("survey.intro.closes",
                    CouncilDates.date(this, consultation.windowClosesAt(), zone)));
            closes.setId("survey-intro-closes");
            closes.addClassName("pp-survey-closes");
            add(closes);
        }
    }

    private void part(String id, String headingKey, String text) {
        Section part = new Section(new H3(getTranslation(headingKey)));
        part.setId(id);
        Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank())
                .forEach(line -> part.add(new Paragraph(line.strip())));
        add(part);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
