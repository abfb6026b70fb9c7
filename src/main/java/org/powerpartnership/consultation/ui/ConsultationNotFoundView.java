package org.powerpartnership.consultation.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.shared.ui.MainLayout;

/** A friendly page, with HTTP status 404, for a link to a consultation that does not exist. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ConsultationNotFoundView extends Main implements HasErrorParameter<ConsultationNotFoundException>,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ConsultationNotFoundException> parameter) {
        removeAll();
        addClassName("pp-public");
        H1 heading = new H1(getTranslation("public.missing.heading"));
        Paragraph text = new Paragraph(getTranslation("public.missing.text"));
        text.setId("consultation-missing");
        Anchor list = new Anchor("have-your-say", getTranslation("public.missing.link"));
        list.setId("consultation-missing-link");
        add(heading, text, new Paragraph(list));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.missing.heading");
    }
}
