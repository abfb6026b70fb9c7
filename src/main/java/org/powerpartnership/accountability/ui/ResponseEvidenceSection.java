package org.powerpartnership.accountability.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.DecidedTheme;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.StageReviews;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.accountability.ResponseEvidence;

/**
 * Stage 7's evidence: the council's response as the team submitted it, which the panel signs off with the stage and
 * which is published when they approve: you asked, you said, we did; each theme's decision with its reason; and the
 * commitments with owner, due date, how we will know and the themes they answer.
 */
final class ResponseEvidenceSection {

    private ResponseEvidenceSection() {
    }

    /** The response section for stage 7's gate; none for other stages. */
    static Optional<Component> of(Component view, StageReviews reviews, SignedInUser reader, Gate gate) {
        return gate.stage() == StageKey.ACCOUNTABILITY
                ? Optional.of(section(view, reviews.councilResponse(reader, gate.id()))) : Optional.empty();
    }

    static Section section(Component view, Optional<ResponseEvidence> evidence) {
        Section section = Texts.section(view, "evidence-response", "review.response.heading");
        if (evidence.isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.response.none")));
            return section;
        }
        ResponseEvidence response = evidence.get();
        section.add(new Paragraph(response.response().isSubmitted()
                ? view.getTranslation("review.response.submitted", Texts.dateTime(view, response.response().submittedAt()))
                : view.getTranslation("review.response.draft")));
        section.add(part(view, "evidence-you-asked", "response.youAsked", response.response().youAsked()),
                part(view, "evidence-you-said", "response.youSaid", response.response().youSaid()),
                part(view, "evidence-we-did", "response.weDid", response.response().weDid()));
        section.add(new H3(view.getTranslation("review.response.decisions")));
        for (DecidedTheme decided : response.decisions()) {
            Article card = new Article(new H4(decided.title()), new Paragraph(view.getTranslation(
                    "review.response.decision", view.getTranslation("response.decision." + decided.decision()),
                    decided.responses(), decided.reason())));
            card.setId("evidence-decision-" + decided.themeId());
            card.addClassName("pp-card");
            section.add(card);
        }
        section.add(new H3(view.getTranslation("response.commitments.heading")));
        for (Commitment commitment : response.commitments()) {
            Article card = new Article(new H4(commitment.description()));
            card.setId("evidence-commitment-" + commitment.id());
            card.addClassName("pp-card");
            DescriptionList facts = new DescriptionList();
            Texts.fact(facts, view.getTranslation("commitments.owner"), commitment.ownerName());
            Texts.fact(facts, view.getTranslation("commitments.due"), Texts.date(view, commitment.dueOn()));
            Texts.fact(facts, view.getTranslation("response.commitment.measure"),
                    commitment.measure() == null ? "" : commitment.measure());
            Texts.fact(facts, view.getTranslation("response.commitment.themes"), String.join(", ",
                    commitment.themeIds().stream().map(id -> response.themeTitles().getOrDefault(id, "")).toList()));
            card.add(facts);
            section.add(card);
        }
        return section;
    }

    private static Div part(Component view, String id, String headingKey, String text) {
        Paragraph body = new Paragraph(text == null ? "" : text);
        body.getStyle().set("white-space", "pre-line");
        Div block = new Div(new H3(view.getTranslation(headingKey)), body);
        block.setId(id);
        block.addClassName("pp-response-part");
        return block;
    }
}
