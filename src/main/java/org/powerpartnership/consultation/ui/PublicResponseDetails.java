package org.powerpartnership.consultation.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.CommitmentSummaries;

/**
 * Under "you asked, you said, we did" on the public page: the council's decision on each theme people raised, with
 * its reason, and each commitment with its owner, due date, how we will know it is done and the themes it answers.
 */
final class PublicResponseDetails {

    private PublicResponseDetails() {
    }

    static void addTo(Section section, CommitmentSummaries.Response response) {
        if (!response.decisions().isEmpty()) {
            Div decisions = new Div(new H3(section.getTranslation("public.outcome.decisions")));
            decisions.setId("consultation-decisions");
            for (CommitmentSummaries.Decision decision : response.decisions()) {
                Article card = new Article(new H4(decision.theme()),
                        new Paragraph(section.getTranslation("public.outcome.decision",
                                section.getTranslation("response.decision." + decision.decision()),
                                decision.responses())),
                        new Paragraph(decision.reason()));
                card.addClassName("pp-card");
                decisions.add(card);
            }
            section.add(decisions);
        }
        if (!response.commitments().isEmpty()) {
            Div promises = new Div(new H3(section.getTranslation("public.outcome.commitments")));
            promises.setId("consultation-commitments");
            UnorderedList list = new UnorderedList();
            for (CommitmentSummaries.Line line : response.commitments()) {
                ListItem item = new ListItem(new Paragraph(line.description()),
                        new Paragraph(section.getTranslation("public.outcome.commitment", line.owner(),
                                Texts.date(section, line.dueOn()))));
                if (line.measure() != null) {
                    item.add(new Paragraph(section.getTranslation("public.outcome.measure", line.measure())));
                }
                if (!line.themes().isEmpty()) {
                    item.add(new Paragraph(section.getTranslation("public.outcome.themes",
                            String.join(", ", line.themes()))));
                }
                list.add(item);
            }
            promises.add(list);
            section.add(promises);
        }
    }
}
