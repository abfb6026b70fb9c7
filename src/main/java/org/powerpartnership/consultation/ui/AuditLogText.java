package org.powerpartnership.consultation.ui;

import com.vaadin.flow.component.Component;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.ConsultationRecords.Overview;

/** Audit log entries in words: who (a name, or "the system") and what (a sentence per kind of change). */
final class AuditLogText {

    private AuditLogText() {
    }

    static String actor(Component c, AuditEntry entry, Overview overview) {
        return AuditLog.SYSTEM.equals(entry.actor()) ? c.getTranslation("audit.system") : overview.nameOf(entry.actor());
    }

    static String action(Component c, AuditEntry entry) {
        return Texts.orElse(c, "audit." + entry.action(), entry.action());
    }
}
