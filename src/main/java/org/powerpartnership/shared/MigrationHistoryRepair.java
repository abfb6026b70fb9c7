package org.powerpartnership.shared;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * {@code V8__resident_tasks.sql} was edited after it had landed (two columns added to {@code evidence_pack}); it is
 * back as it landed and {@code V27} adds the columns. A database that ran the edited version recorded that version's
 * checksum, so Flyway would refuse to start on it. Before validating, this one known checksum is replaced by the
 * landed file's, and nothing else: any other difference is still a failed validation, as it should be.
 */
@Component
class MigrationHistoryRepair implements Callback {

    /** Flyway's checksum of V8 as it was edited, and as it landed (and is again). */
    static final int EDITED_V8 = 246257473;
    static final int LANDED_V8 = -785998738;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        String table = context.getConfiguration().getTable();
        try {
            // a new database has no history before its first migration (and on PostgreSQL a failed statement would
            // spoil the transaction), so look first
            try (var tables = context.getConnection().getMetaData().getTables(null,
                    context.getConfiguration().getDefaultSchema(), table, null)) {
                if (!tables.next()) {
                    return;
                }
            }
            try (Statement statement = context.getConnection().createStatement()) {
                statement.executeUpdate("update \"" + table + "\" set \"checksum\" = " + LANDED_V8
                        + " where \"version\" = '8' and \"checksum\" = " + EDITED_V8);
            }
        } catch (SQLException unreadable) {
            throw new IllegalStateException("Could not align the migration history's checksum of V8", unreadable);
        }
    }

    @Override
    public String getCallbackName() {
        return "align the checksum of V8 edited after it landed";
    }
}
