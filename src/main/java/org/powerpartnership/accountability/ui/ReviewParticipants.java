package org.powerpartnership.accountability.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.accountability.StageReview;
import org.powerpartnership.participation.ParticipationFigures;

/** The stage review's "who took part" section: the people who did the stage's work, and the respondents by age. */
final class ReviewParticipants {

    private ReviewParticipants() {
    }

    static Component section(Component view, StageReview review) {
        Section section = Texts.section(view, "evidence-participants", "review.participants.heading");
        if (review.participants().isEmpty()) {
            section.add(new Paragraph(view.getTranslation("review.participants.none")));
        } else {
            UnorderedList people = new UnorderedList();
            for (StageReview.Participant participant : review.participants()) {
                String capacity = participant.capacity() == null ? ""
                        : view.getTranslation("review.capacity." + participant.capacity());
                people.add(new ListItem(view.getTranslation("review.participants.person", participant.name(), capacity,
                        participant.tasks())));
            }
            section.add(people);
        }
        ParticipationFigures figures = review.figures();
        H3 heading = new H3(view.getTranslation("review.figures.heading"));
        section.add(heading);
        if (figures.responses() == 0) {
            Paragraph none = new Paragraph(view.getTranslation("review.figures.none"));
            none.setId("figures-none");
            section.add(none);
            return section;
        }
        section.add(new Paragraph(view.getTranslation("review.figures.total", figures.responses(), figures.assisted())));
        NativeTable table = new NativeTable();
        table.setId("figures-table");
        table.addClassName("pp-table");
        table.setCaptionText(view.getTranslation("review.figures.caption", review.area() == null
                ? view.getTranslation("review.figures.areaUnknown") : review.area()));
        NativeTableHeader head = table.getHead();
        head.addRows(new NativeTableRow(header(view, "review.figures.band"), header(view, "review.figures.count"),
                header(view, "review.figures.share"), header(view, "review.figures.areaShare"), header(view, "review.figures.gap")));
        NativeTableBody body = table.getBody();
        int known = review.areaShares().keySet().stream().mapToInt(b -> figures.byAgeBand().getOrDefault(b, 0)).sum();
        for (Map.Entry<String, Double> band : review.areaShares().entrySet()) {
            int count = figures.byAgeBand().getOrDefault(band.getKey(), 0);
            boolean gap = figures.underRepresented().contains(band.getKey());
            body.addRows(new NativeTableRow(new NativeTableHeaderCell(view.getTranslation("ageBand." + band.getKey())),
                    new NativeTableCell(String.valueOf(count)),
                    new NativeTableCell(percent(view, known == 0 ? 0 : (double) count / known)),
                    new NativeTableCell(percent(view, band.getValue())),
                    new NativeTableCell(view.getTranslation(gap ? "review.figures.under" : "review.figures.fine"))));
        }
        rowHeaders(body);
        section.add(table);
        return section;
    }

    private static void rowHeaders(NativeTableBody body) {
        body.getChildren().forEach(row -> row.getChildren().findFirst()
                .ifPresent(cell -> cell.getElement().setAttribute("scope", "row")));
    }

    private static NativeTableHeaderCell header(Component view, String key) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(view.getTranslation(key));
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static String percent(Component view, double share) {
        return String.format(Texts.locale(view), "%.0f%%", share * 100);
    }
}
