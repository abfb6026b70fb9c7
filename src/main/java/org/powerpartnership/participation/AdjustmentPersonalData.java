package org.powerpartnership.participation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for support in "My data": a resident downloads what they asked for and the answers; erasure removes who
 * asked and blanks what they wrote and the message written back to them, keeping what kind of support was asked
 * for and whether it was answered, so the counts stay.
 */
@Component
class AdjustmentPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    AdjustmentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "supportRequests";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> requests = jdbc.sql("""
                        select a.consultation_id, c.title, a.kind, a.details, a.needed_by, a.status, a.outcome,
                          a.message, a.requested_at, a.answered_at
                        from adjustment_request a join consultation c on c.id = a.consultation_id
                        where a.requester_id = ? order by a.requested_at""")
                .param(userId)
                .query((rs, row) -> {
                    Map<String, Object> request = new LinkedHashMap<>();
                    request.put("consultationId", rs.getLong("consultation_id"));
                    request.put("consultation", rs.getString("title"));
                    request.put("kind", rs.getString("kind"));
                    request.put("details", rs.getString("details"));
                    request.put("neededBy", rs.getString("needed_by"));
                    request.put("status", rs.getString("status"));
                    request.put("outcome", rs.getString("outcome"));
                    request.put("message", rs.getString("message"));
                    request.put("requestedAt", rs.getTimestamp("requested_at").toInstant().toString());
                    var answered = rs.getTimestamp("answered_at");
                    request.put("answeredAt", answered == null ? null : answered.toInstant().toString());
                    return request;
                }).list();
        return requests;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        jdbc.sql("update adjustment_request set requester_id = null, details = '', message = null "
                + "where requester_id = ?").param(userId).update();
    }
}
