package org.powerpartnership.consultation.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** The frame every section of the consultation overview shares: its id, its labelled heading and its fact lists. */
abstract class OverviewSection extends Section {

    OverviewSection(String id, String headingKey, Object... args) {
        setId(id);
        addClassName("pp-overview-section");
        H2 heading = new H2(getTranslation(headingKey, args));
        heading.setId(id + "-heading");
        getElement().setAttribute("aria-labelledby", id + "-heading");
        add(heading);
    }

    void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)),
                new DescriptionList.Description(value == null ? "" : value));
    }
}
