package org.powerpartnership.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.shared.PersonalDataHolder;
import org.powerpartnership.shared.Pseudonyms;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations a partner belongs to and the roles they accepted for them, in "My data". On erasure they leave
 * their organisations; a role they accepted stays accepted, under a random name.
 */
@Component
@Order(60)
class NetworkPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    NetworkPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "organisations";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> organisations = jdbc.sql("""
                        select o.id, o.name, o.kind, o.area
                        from organisation_member m join organisation o on o.id = m.organisation_id
                        where m.user_id = ? order by o.name""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> organisation = new LinkedHashMap<>();
                    organisation.put("organisationId", rs.getLong("id"));
                    organisation.put("name", rs.getString("name"));
                    organisation.put("kind", rs.getString("kind"));
                    organisation.put("area", rs.getString("area"));
                    return organisation;
                }).list();
        List<Map<String, Object>> roles = jdbc.sql("""
                        select p.consultation_id, c.title, o.name, p.partner_role, p.reach_estimate,
                               p.reach_description, p.accepted_at
                        from consultation_partner p join consultation c on c.id = p.consultation_id
                        join organisation o on o.id = p.organisation_id
                        where p.accepted_by = ? order by p.accepted_at""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> role = new LinkedHashMap<>();
                    role.put("consultationId", rs.getLong("consultation_id"));
                    role.put("consultation", rs.getString("title"));
                    role.put("organisation", rs.getString("name"));
                    role.put("role", rs.getString("partner_role"));
                    role.put("reachEstimate", rs.getObject("reach_estimate") == null ? null
                            : rs.getInt("reach_estimate"));
                    role.put("reachDescription", rs.getString("reach_description"));
                    role.put("acceptedAt", rs.getTimestamp("accepted_at").toInstant().toString());
                    return role;
                }).list();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("memberOf", organisations);
        out.put("rolesYouAccepted", roles);
        return out;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        jdbc.sql("update consultation_partner set accepted_by = ? where accepted_by = ?")
                .params(Pseudonyms.random(), userId).update();
        jdbc.sql("delete from organisation_member where user_id = ?").param(userId).update();
    }
}
