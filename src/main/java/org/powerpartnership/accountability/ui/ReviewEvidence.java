package org.powerpartnership.accountability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.StageReview;
import org.powerpartnership.accountability.Vote;

/**
 * The stage review's evidence from the records: the team's summary, the work done with its values, the documents and
 * links found in it, and the earlier rounds with their returns and answers.
 */
final class ReviewEvidence {

    private ReviewEvidence() {
    }

    static Component summary(Component view, StageReview review) {
        Section section = Texts.section(view, "evidence-summary", "review.summary.heading");
        String summary = review.stage() == null ? null : review.stage().summary();
        Paragraph text = new Paragraph(summary == null || summary.isBlank()
                ? view.getTranslation("review.summary.none") : summary);
        text.addClassName("pp-prose");
        section.add(text);
        return section;
    }

    static Component work(Component view, StageReview review) {
        Section section = Texts.section(view, "evidence-work", "review.work.heading");
        if (review.work().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.work.none")));
        }
        for (StageReview.Work done : review.work()) {
            Article item = new Article(new H3(done.task()));
            item.addClassName("pp-card");
            item.add(new Paragraph(view.getTranslation("review.work.doneBy", done.doneBy(),
                    Texts.dateTime(view, done.doneAt()))));
            if (!done.values().isEmpty()) {
                DescriptionList values = new DescriptionList();
                values.addClassName("pp-facts");
                for (StageReview.Value value : done.values()) {
                    Texts.fact(values, value.label(), readable(view, value.value()));
                }
                item.add(values);
            }
            section.add(item);
        }
        return section;
    }

    private static String readable(Component view, Object value) {
        if (value instanceof Boolean yes) {
            return view.getTranslation(yes ? "review.yes" : "review.no");
        }
        return String.valueOf(value);
    }

    static Component links(Component view, StageReview review) {
        Section section = Texts.section(view, "evidence-links", "review.links.heading");
        if (review.links().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.links.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        for (StageReview.Link link : review.links()) {
            Anchor anchor = new Anchor(link.url(), link.url());
            anchor.setRouterIgnore(true);
            anchor.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            anchor.setTarget("_blank");
            list.add(new ListItem(new Span(view.getTranslation(link.document() ? "review.links.document"
                    : "review.links.link") + " "), anchor,
                    new Span(" " + view.getTranslation("review.links.from", link.foundIn()))));
        }
        section.add(list);
        return section;
    }

    static Component earlierRounds(Component view, StageReview review) {
        Section section = Texts.section(view, "evidence-earlier", "review.earlier.heading");
        if (review.earlierRounds().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.earlier.none")));
            return section;
        }
        for (StageReview.Round round : review.earlierRounds()) {
            Gate gate = round.gate();
            Article article = new Article(new H3(view.getTranslation("review.earlier.round", gate.round(),
                    view.getTranslation("review.outcome." + gate.outcome()), Texts.date(view, gate.closedAt()))));
            article.addClassName("pp-card");
            article.setId("earlier-round-" + gate.round());
            UnorderedList reasons = new UnorderedList();
            for (StageReview.PanelVote vote : round.votes()) {
                if (Vote.RETURN.equals(vote.decision())) {
                    reasons.add(new ListItem(view.getTranslation("review.earlier.reason", vote.voterName(),
                            vote.reasons())));
                }
            }
            if (reasons.getChildren().findAny().isPresent()) {
                article.add(new Paragraph(view.getTranslation("review.earlier.reasons")), reasons);
            }
            Paragraph answer = new Paragraph(gate.teamAnswer() == null
                    ? view.getTranslation("review.earlier.noAnswer")
                    : view.getTranslation("review.earlier.answer", round.answeredBy(), Texts.date(view, gate.answeredAt()),
                    gate.teamAnswer()));
            answer.addClassName("pp-answer");
            article.add(answer);
            section.add(article);
        }
        return section;
    }
}
