package org.powerpartnership.consultation.ui;

import java.util.Map;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.consultation.ConsultationRecords.Overview;
import org.powerpartnership.consultation.ParticipationSummaries;

/** The overview's participation so far: responses, assisted ones, age bands and who is under-represented. */
class OverviewParticipationSection extends OverviewSection {

    OverviewParticipationSection(Overview overview) {
        super("overview-participation", "overview.participation");
        ParticipationSummaries.Summary figures = overview.participation().orElse(null);
        if (figures == null) {
            add(new Paragraph(getTranslation("overview.participation.none")));
            return;
        }
        DescriptionList list = new DescriptionList();
        list.setId("overview-figures");
        list.addClassName("pp-facts");
        fact(list, "overview.participation.responses", String.valueOf(figures.responses()));
        fact(list, "overview.participation.assisted", String.valueOf(figures.assisted()));
        figures.byAgeBand().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(band -> list.add(new DescriptionList.Term(getTranslation("overview.participation.band",
                                Texts.orElse(this, "ageBand." + band.getKey(), band.getKey()))),
                        new DescriptionList.Description(String.valueOf(band.getValue()))));
        add(list);
        if (!figures.underRepresented().isEmpty() && overview.consultation().windowOpenedAt() != null) {
            Paragraph gaps = new Paragraph(getTranslation("overview.participation.gaps", String.join(", ",
                    figures.underRepresented().stream().map(b -> Texts.orElse(this, "ageBand." + b, b)).toList())));
            gaps.setId("overview-gaps");
            add(gaps);
        }
    }
}
