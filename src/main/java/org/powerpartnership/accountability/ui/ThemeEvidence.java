package org.powerpartnership.accountability.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.accountability.StageReview;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.CodedTheme;

/**
 * The participation stage's themes in the panel's evidence bundle: what people raised, how many raised it, in their
 * own words, and what the council decided about it. The panel judges the consideration, so it sits beside the quotes.
 */
final class ThemeEvidence {

    private ThemeEvidence() {
    }

    /** The themes section; none for a stage other than participation. */
    static Optional<Component> section(Component view, StageReview review) {
        if (review.gate().stage() != StageKey.PARTICIPATION) {
            return Optional.empty();
        }
        Section section = Texts.section(view, "evidence-themes", "review.themes.heading");
        if (review.themes().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.themes.none")));
            return Optional.of(section);
        }
        for (CodedTheme coded : review.themes()) {
            Article card = new Article(new H3(coded.theme().title()));
            card.setId("evidence-theme-" + coded.theme().id());
            card.addClassName("pp-card");
            card.add(new Paragraph(view.getTranslation("review.themes.count", coded.responses())));
            card.add(new Paragraph(coded.theme().summary()));
            for (String quote : coded.quotes()) {
                Paragraph said = new Paragraph(view.getTranslation("review.themes.quote", quote));
                said.addClassName("pp-quote");
                card.add(said);
            }
            Paragraph consideration = new Paragraph(coded.theme().isConsidered()
                    ? view.getTranslation("review.themes.consideration", coded.theme().consideration())
                    : view.getTranslation("review.themes.unconsidered"));
            consideration.addClassName("pp-prose");
            card.add(consideration);
            section.add(card);
        }
        return Optional.of(section);
    }
}
