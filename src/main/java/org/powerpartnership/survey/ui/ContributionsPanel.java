package org.powerpartnership.survey.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.consultation.CoDesignContributions.Contribution;

/**
 * Beside the builder: what the invited residents and partners suggested in stage 1 (the question to ask, the ways to
 * take part, who might be missed, what would help people take part), so the survey is built on what they said.
 */
class ContributionsPanel extends Aside {

    ContributionsPanel(List<Contribution> contributions, Function<java.time.Instant, String> dates) {
        setId("survey-contributions");
        addClassName("pp-contributions");
        H2 heading = new H2(getTranslation("surveyBuilder.contributions.heading"));
        heading.setId("survey-contributions-heading");
        getElement().setAttribute("aria-labelledby", "survey-contributions-heading");
        add(heading);
        if (contributions.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("surveyBuilder.contributions.none"));
            none.setId("survey-contributions-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("surveyBuilder.contributions.intro", contributions.size())));
        for (Contribution contribution : contributions) {
            Section one = new Section();
            one.addClassName("pp-contribution");
            one.add(new H3(getTranslation("surveyBuilder.contributions.who." + contribution.role(),
                    contribution.name(), dates.apply(contribution.at()))));
            DescriptionList answers = new DescriptionList();
            contribution.answers().forEach(answer -> answers.add(
                    new DescriptionList.Term(answer.question()), new DescriptionList.Description(answer.answer())));
            one.add(answers);
            add(one);
        }
    }
}
