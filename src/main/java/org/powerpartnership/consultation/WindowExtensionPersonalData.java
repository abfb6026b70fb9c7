package org.powerpartnership.consultation;

import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Pseudonyms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The window extensions an officer made, in "My data". Erasure keeps the extensions (the public page and the record
 * rest on them) under a random name that leads nowhere.
 */
@Component
class WindowExtensionPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    WindowExtensionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "windowExtensions";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        return jdbc.sql("select c.ref, e.old_closes_at, e.new_closes_at, e.reason, e.extended_at from window_extension e "
                        + "join consultation c on c.id = e.consultation_id where e.extended_by = ? order by e.extended_at")
                .param(userId)
                .query((rs, row) -> Map.of("consultation", rs.getString(1),
                        "from", rs.getTimestamp(2).toInstant().toString(),
                        "to", rs.getTimestamp(3).toInstant().toString(), "reason", rs.getString(4),
                        "extendedAt", rs.getTimestamp(5).toInstant().toString()))
                .list();
    }

    @Override
    @Transactional
    public void erase(String userId) {
        jdbc.sql("update window_extension set extended_by = ? where extended_by = ?")
                .params(Pseudonyms.random(), userId).update();
    }
}
