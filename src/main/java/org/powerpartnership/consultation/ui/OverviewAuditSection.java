package org.powerpartnership.consultation.ui;

import java.util.Comparator;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.consultation.ConsultationRecords.Overview;

/** The overview's audit log, newest first. */
class OverviewAuditSection extends OverviewSection {

    OverviewAuditSection(Overview overview) {
        super("overview-audit", "overview.audit", overview.audit().size());
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("overview-audit-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("overview.audit.label"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> Texts.dateTime(this, e.occurredAt())).setHeader(getTranslation("overview.audit.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> AuditLogText.actor(this, e, overview)).setHeader(getTranslation("overview.audit.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditLogText.action(this, e)).setHeader(getTranslation("overview.audit.what"))
                .setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("overview.audit.subject")).setAutoWidth(true);
        grid.setItems(overview.audit().stream().sorted(Comparator.comparing(AuditEntry::occurredAt)
                .thenComparing(AuditEntry::id).reversed()).toList());
        grid.setHeight("24rem");
        add(new Paragraph(getTranslation("overview.audit.intro")), grid);
    }
}
