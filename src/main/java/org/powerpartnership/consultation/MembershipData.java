package org.powerpartnership.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Pseudonyms;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consultations a person was part of (co-designer, juror, partner, panel or team), in their data download. On
 * erasure each membership keeps its place, so the consultation's counts stay, under a random name that leads
 * nowhere.
 */
@Component
@Order(50)
class MembershipData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    MembershipData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "consultations";
    }

    @Override
    public Object export(String userId) {
        List<Map<String, Object>> memberships = jdbc.sql("select c.id, c.title, m.member_role, m.added_at "
                        + "from consultation_member m join consultation c on c.id = m.consultation_id "
                        + "where m.user_id = ? order by m.added_at, c.id")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("consultationId", rs.getLong(1));
                    out.put("consultation", rs.getString(2));
                    out.put("role", rs.getString(3).toLowerCase(java.util.Locale.ROOT));
                    out.put("since", rs.getTimestamp(4).toInstant().toString());
                    return out;
                }).list();
        return memberships;
    }

    @Override
    public void erase(String userId) {
        jdbc.sql("update consultation_member set user_id = ? where user_id = ?")
                .params(Pseudonyms.random(), userId).update();
    }
}
