package org.powerpartnership.consultation.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.consultation.Consultation;

/** The overview's brief: the summary, and the agreed facts of the consultation behind a disclosure. */
class OverviewBriefSection extends OverviewSection {

    OverviewBriefSection(Consultation c) {
        super("overview-brief", "overview.brief");
        DescriptionList list = new DescriptionList();
        list.addClassName("pp-facts");
        fact(list, "overview.brief.issue", c.issue());
        fact(list, "overview.brief.formative", c.formativeStatement());
        fact(list, "overview.brief.influence", c.iap2Level() == null ? ""
                : Texts.orElse(this, "launch.iap2." + c.iap2Level(), c.iap2Level()) + " — " + c.iap2Promise());
        fact(list, "overview.brief.decisionMaker", c.decisionMaker());
        fact(list, "overview.brief.area", c.geographyName() + " ("
                + Texts.orElse(this, "launch.geography." + c.geographyType(), String.valueOf(c.geographyType())) + ")");
        fact(list, "overview.brief.budget", c.budget() == null ? getTranslation("launch.review.noBudget")
                : "£" + c.budget().toPlainString());
        fact(list, "overview.brief.decisionBy", Texts.date(this, c.decisionBy()));
        fact(list, "overview.brief.window", c.windowOpenedAt() == null
                ? getTranslation("overview.window.notOpen", c.participationDays() == null ? 42 : c.participationDays())
                : c.windowClosedAt() == null
                ? getTranslation("overview.window.open", Texts.date(this, c.windowOpenedAt()),
                Texts.date(this, c.windowClosesAt()))
                : getTranslation("overview.window.closed", Texts.date(this, c.windowOpenedAt()),
                Texts.date(this, c.windowClosedAt())));
        if (c.question() != null) {
            fact(list, "overview.brief.question", c.question());
        }
        Details details = new Details(getTranslation("overview.brief.show"), list);
        details.setId("overview-brief-details");
        add(new Paragraph(c.summary()), details);
    }
}
