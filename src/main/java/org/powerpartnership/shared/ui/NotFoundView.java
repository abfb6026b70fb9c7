package org.powerpartnership.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An address that leads nowhere, inside the shell (header, menu, language) rather than Vaadin's bare white page,
 * with a way home. The 404 returned is the status of Vaadin's navigation response; the document a browser loads first
 * is the application's shell, which answers 200 before the route is known.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setId("not-found");
        Anchor home = new Anchor("", getTranslation("error.home"));
        home.setId("not-found-home");
        add(new H1(getTranslation("error.notFound.heading")), new Paragraph(getTranslation("error.notFound.text")),
                new Paragraph(home));
        return HttpStatusCode.NOT_FOUND.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
