package org.powerpartnership.network.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** The frame every section of an organisation's page shares: its id and its labelled heading. */
abstract class DirectorySection extends Section {

    DirectorySection(String id, String headingKey) {
        setId(id);
        addClassName("pp-card");
        H2 heading = new H2(getTranslation(headingKey));
        heading.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", id + "-heading");
        add(heading);
    }
}
