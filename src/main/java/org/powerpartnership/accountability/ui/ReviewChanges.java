package org.powerpartnership.accountability.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.accountability.ReturnReason;
import org.powerpartnership.accountability.StageChanges;

/**
 * For a round after a return, "What changed since your last look": each value of the stage's own task the team
 * changed (before → after, in the form's labels), then each of the panel's reasons with the team's answer.
 */
final class ReviewChanges {

    private ReviewChanges() {
    }

    static Component section(Component view, StageChanges.SinceReturn since) {
        Section section = Texts.section(view, "evidence-changes", "review.changes.heading");
        section.add(new Paragraph(view.getTranslation("review.changes.intro", since.returnedRound())));
        if (since.changes().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.changes.none")));
        } else {
            UnorderedList changes = new UnorderedList();
            changes.setId("changes-values");
            for (StageChanges.FieldChange change : since.changes()) {
                changes.add(new ListItem(view.getTranslation("review.changes.field", change.label(),
                        readable(view, change.before()), readable(view, change.after()))));
            }
            section.add(changes);
        }
        if (since.survey() != null) {
            Paragraph survey = new Paragraph(view.getTranslation("review.changes.survey", since.survey().before(),
                    since.survey().after(), since.survey().reason() == null ? "" : since.survey().reason()));
            survey.setId("changes-survey");
            section.add(survey);
        }
        Article answers = new Article(new H3(view.getTranslation("review.changes.answers")));
        answers.setId("changes-answers");
        answers.addClassName("pp-card");
        for (ReturnReason reason : since.answers()) {
            Paragraph said = new Paragraph(view.getTranslation("review.changes.reason", reason.reason()));
            said.addClassName("pp-quote");
            Paragraph answer = new Paragraph(reason.isAnswered()
                    ? view.getTranslation("review.changes.answer", reason.answer())
                    : view.getTranslation("review.changes.noAnswer"));
            answer.addClassName("pp-answer");
            answers.add(said, answer);
        }
        section.add(answers);
        return section;
    }

    private static String readable(Component view, String value) {
        if (value == null) {
            return view.getTranslation("review.changes.empty");
        }
        if ("true".equals(value) || "false".equals(value)) {
            return view.getTranslation(Boolean.parseBoolean(value) ? "review.yes" : "review.no");
        }
        return value;
    }
}
