package org.powerpartnership.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log entries a person made, in their data download; on erasure their id is replaced by a numbered
 * pseudonym ({@code erased-12}) wherever it appears, so what was done and when stays on the record and nothing
 * leads back to them. The erasure itself is recorded under the same pseudonym, with no personal data.
 */
@Component
@Order(90)
class AuditData implements PersonalDataHolder {

    static final String ERASED_ACTION = "person.erased";

    private final AuditLog log;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditData(AuditLog log, JdbcClient jdbc, Clock clock) {
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "auditLog";
    }

    @Override
    public Object export(String userId) {
        List<Map<String, Object>> entries = log.byActor(userId).stream().map(entry -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("at", entry.occurredAt().toString());
            out.put("consultationId", entry.consultationId());
            out.put("action", entry.action());
            out.put("subject", entry.subject());
            out.put("details", entry.details());
            return out;
        }).toList();
        return entries;
    }

    @Override
    public void erase(String userId) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into erasure (erased_at) values (?)").param(Timestamp.from(clock.instant()))
                .update(key, "id");
        String pseudonym = "erased-" + key.getKey().longValue();
        log.pseudonymise(userId, pseudonym);
        String pattern = "%" + userId.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        jdbc.sql("update audit_log set subject = replace(subject, ?, ?) where subject like ? escape '\\'")
                .params(userId, pseudonym, pattern).update();
        jdbc.sql("update audit_log set details = replace(details, ?, ?) where details like ? escape '\\'")
                .params(userId, pseudonym, pattern).update();
        log.record(pseudonym, null, ERASED_ACTION, "erasure:" + key.getKey().longValue(), Map.of());
    }
}
