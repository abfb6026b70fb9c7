package org.powerpartnership.accountability.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.powerpartnership.accountability.PanelRecord;

/** The public record's list of the panel's changes: confirmed, substitutes appointed, members stepping down. */
final class PanelChangesRecord {

    private PanelChangesRecord() {
    }

    static Section of(PublicRecordView view, List<PanelRecord.PublicChange> changes) {
        Section section = Texts.section(view, "record-panel-changes", "record.panelChanges.heading");
        if (changes.isEmpty()) {
            section.add(new Paragraph(view.getTranslation("record.panelChanges.none")));
            return section;
        }
        OrderedList list = new OrderedList();
        list.addClassName("pp-timeline");
        for (PanelRecord.PublicChange change : changes) {
            String who = change.name() == null ? view.getTranslation("record.anonymousMember") : change.name();
            ListItem item = new ListItem(view.getTranslation("record.panelChange." + change.kind(),
                    Texts.date(view, change.at()), who));
            if (change.reason() != null && !change.reason().isBlank()) {
                Paragraph reason = new Paragraph(change.reason());
                reason.addClassName("pp-quote");
                item.add(reason);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }
}
