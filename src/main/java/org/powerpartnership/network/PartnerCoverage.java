package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.powerpartnership.consultation.PartnerOrganisations.GroupReach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What one consultation's invited organisations reach, group by group, and which of its partners the public may
 * see. A merged or declined entry reaches nobody; an entry not yet confirmed is never named publicly.
 */
@Component
class PartnerCoverage {

    private final JdbcClient jdbc;

    PartnerCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<GroupReach> of(long consultationId) {
        Map<GroupServed, List<String>> reach = new LinkedHashMap<>();
        GroupServed.all().forEach(group -> reach.put(group, new ArrayList<>()));
        jdbc.sql("""
                        select g.characteristic, g.group_value, o.name
                        from consultation_partner p join organisation o on o.id = p.organisation_id
                        join organisation_group g on g.organisation_id = o.id
                        where p.consultation_id = ? and o.status not in ('merged', 'declined')
                        order by o.name""")
                .param(consultationId)
                .query((rs, row) -> {
                    List<String> names = reach.get(new GroupServed(rs.getString(1), rs.getString(2)));
                    if (names != null) {
                        names.add(rs.getString(3));
                    }
                    return null;
                }).list();
        return reach.entrySet().stream()
                .map(e -> new GroupReach(e.getKey().characteristic(), e.getKey().value(), List.copyOf(e.getValue())))
                .toList();
    }

    List<String> activePartnerNames(long consultationId) {
        return jdbc.sql("""
                        select o.name from consultation_partner p join organisation o on o.id = p.organisation_id
                        where p.consultation_id = ? and o.status = 'active' order by o.name""")
                .param(consultationId).query(String.class).list();
    }
}
