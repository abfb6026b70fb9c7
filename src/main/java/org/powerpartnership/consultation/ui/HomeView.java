package org.powerpartnership.consultation.ui;

import org.powerpartnership.shared.CouncilTime;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
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
import org.powerpartnership.shared.ui.SignedOutNotice;

/** The front door: what the product is for and the consultations anyone can take part in now. */
@Route("")
@Menu(title = "nav.home", order = 0)
@AnonymousAllowed
class HomeView extends Main implements HasDynamicTitle {

    HomeView(PublicConsultations consultations) {
        add(new H1(getTranslation("home.heading")));
        SignedOutNotice.take().ifPresent(kind -> {
            Paragraph notice = new Paragraph(getTranslation("notice." + kind.name()));
            notice.setId("signed-out-notice");
            notice.addClassName("pp-notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        });
        add(new Paragraph(getTranslation("home.intro")));
        Section open = new Section(new H2(getTranslation("home.open")));
        open.setId("open-consultations");
        List<PublicConsultation> list = consultations.open();
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("home.noneOpen"));
            empty.setId("no-open-consultations");
            open.add(empty);
        } else {
            list.forEach(consultation -> open.add(card(consultation)));
        }
        Anchor all = new Anchor("have-your-say", getTranslation("public.backToList"));
        all.setId("home-all-consultations");
        open.add(new Paragraph(all));
        add(open);
    }

    private Article card(PublicConsultation consultation) {
        Article card = new Article(new H3(consultation.title()), new Paragraph(consultation.summary()));
        card.addClassName("pp-card");
        if (consultation.closesOn() != null) {
            card.add(new Div(getTranslation("home.closes", CouncilTime.date(consultation.closesOn(), getLocale()))));
        }
        Anchor more = new Anchor("have-your-say/" + consultation.ref(),
                getTranslation("public.index.open.link", consultation.title()));
        more.setId("home-link-" + consultation.ref());
        card.add(new Paragraph(more));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
