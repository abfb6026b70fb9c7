package org.powerpartnership.accountability.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import org.powerpartnership.accountability.SurveyEvidence;

/** Stage 1's evidence: the survey's questions as published with the agreed question, with kind and whether required. */
final class SurveyEvidenceSection {

    private SurveyEvidenceSection() {
    }

    static Section of(StageReviewView view, Optional<SurveyEvidence> evidence) {
        Section section = Texts.section(view, "evidence-survey", "review.survey.heading");
        if (evidence.isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.survey.none")));
            return section;
        }
        SurveyEvidence survey = evidence.get();
        section.add(new Paragraph(view.getTranslation("review.survey.version", survey.version(),
                Texts.date(view, survey.publishedAt()), survey.questions().size())));
        NativeTable table = new NativeTable();
        table.setId("evidence-survey-questions");
        table.addClassName("pp-table");
        table.setCaptionText(view.getTranslation("review.survey.caption"));
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(column(view, "review.survey.question"), column(view, "review.survey.kind"),
                column(view, "review.survey.required")));
        NativeTableBody body = table.getBody();
        for (SurveyEvidence.Question question : survey.questions()) {
            NativeTableHeaderCell label = new NativeTableHeaderCell(question.label());
            label.getElement().setAttribute("scope", "row");
            body.addRows(new NativeTableRow(label,
                    new NativeTableCell(view.getTranslation("review.survey.kind." + question.kind())),
                    new NativeTableCell(new Span(view.getTranslation(question.required() ? "review.yes"
                            : "review.no")))));
        }
        section.add(table);
        return section;
    }

    private static NativeTableHeaderCell column(StageReviewView view, String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(view.getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }
}
