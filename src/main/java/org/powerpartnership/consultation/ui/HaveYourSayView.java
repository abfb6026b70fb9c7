package org.powerpartnership.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.consultation.PublicConsultation;
import org.powerpartnership.consultation.PublicConsultations;

/** For anyone, no account needed: consultations open now, the ones opening soon, and the closed ones. */
@Route("have-your-say")
@Menu(title = "nav.haveYourSay", order = 3)
@AnonymousAllowed
class HaveYourSayView extends Main implements HasDynamicTitle {

    HaveYourSayView(PublicConsultations consultations) {
        addClassName("pp-public");
        H1 heading = new H1(getTranslation("public.index.heading"));
        heading.setId("have-your-say-heading");
        add(heading, new Paragraph(getTranslation("public.index.intro")));
        add(section("open", consultations.open()), section("soon", consultations.openingSoon()),
                section("closed", consultations.closed()));
    }

    private Section section(String kind, List<PublicConsultation> list) {
        Section section = new Section(new H2(getTranslation("public.index." + kind + ".heading")));
        section.setId("public-" + kind);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("public.index." + kind + ".none"));
            empty.setId("public-" + kind + "-none");
            empty.addClassName("pp-empty");
            section.add(empty);
        }
        list.forEach(consultation -> section.add(card(kind, consultation)));
        return section;
    }

    private Article card(String kind, PublicConsultation consultation) {
        Article card = new Article(new H3(consultation.title()), new Paragraph(consultation.summary()));
        card.addClassName("pp-card");
        card.setId("public-card-" + consultation.ref());
        switch (kind) {
            case "open" -> {
                if (consultation.closesOn() != null) {
                    card.add(new Paragraph(getTranslation("public.dates.openUntil",
                            Texts.date(this, consultation.closesOn()))));
                }
            }
            case "closed" -> {
                if (consultation.closesOn() != null) {
                    card.add(new Paragraph(getTranslation("public.dates.closedOn",
                            Texts.date(this, consultation.closesOn()))));
                }
            }
            default -> card.add(new Paragraph(getTranslation("public.dates.soon")));
        }
        Anchor more = new Anchor("have-your-say/" + consultation.ref(),
                getTranslation("public.index." + kind + ".link", consultation.title()));
        more.setId("public-link-" + consultation.ref());
        card.add(new Paragraph(more));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.index.title");
    }
}
