package org.powerpartnership.shared.ui;

import java.sql.SQLTransientConnectionException;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A screen opened while the database is out of reach: the pool gives up after a few seconds with this exception,
 * however deep Spring or the engine wrapped it (Vaadin looks for an error view along the causes). Deliberately
 * without the main layout, which itself reads from the database.
 */
@AnonymousAllowed
public class DatabaseUnavailableView extends Main implements HasErrorParameter<SQLTransientConnectionException>,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<SQLTransientConnectionException> parameter) {
        removeAll();
        addClassName("pp-public");
        Paragraph text = new Paragraph(getTranslation("unavailable.text"));
        text.setId("database-unavailable");
        add(new H1(getTranslation("unavailable.heading")), text,
                new Paragraph(new Anchor(event.getLocation().getPathWithQueryParameters(),
                        getTranslation("unavailable.retry"))));
        return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unavailable.heading");
    }
}
