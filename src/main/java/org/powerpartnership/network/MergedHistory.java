package org.powerpartnership.network;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves everything that points at one directory entry to another, in the caller's transaction. Where both entries
 * have a row for the same thing (both invited to one consultation, one person in both), one row stays: the accepted
 * invitation, the stronger member role.
 */
@Component
class MergedHistory {

    private final JdbcClient jdbc;

    MergedHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void move(long from, long to) {
        invitations(from, to);
        members(from, to);
        areasAndGroups(from, to);
        for (String table : List.of("organisation_contact", "partner_outreach", "organisation_application",
                "organisation_invitation", "acting_for")) {
            jdbc.sql("update " + table + " set organisation_id = ? where organisation_id = ?").params(to, from).update();
        }
        jdbc.sql("update response set assisted_organisation_id = ? where assisted_organisation_id = ?")
                .params(to, from).update();
        // entries merged earlier into the one merged now lead to the one kept
        jdbc.sql("update organisation set merged_into = ? where merged_into = ?").params(to, from).update();
    }

    private void invitations(long from, long to) {
        List<Map<String, Object>> both = jdbc.sql("""
                        select f.consultation_id, f.invited_at, f.partner_role, f.reach_estimate, f.reach_description,
                               f.accepted_at, f.accepted_by, k.accepted_at as kept_accepted_at,
                               k.invited_at as kept_invited_at
                        from consultation_partner f join consultation_partner k
                          on k.consultation_id = f.consultation_id and k.organisation_id = ?
                        where f.organisation_id = ?""")
                .params(to, from).query().listOfRows();
        for (Map<String, Object> row : both) {
            Object consultation = row.get("consultation_id");
            if (row.get("kept_accepted_at") == null && row.get("accepted_at") != null) {
                jdbc.sql("update consultation_partner set partner_role = ?, reach_estimate = ?, reach_description = ?, "
                                + "accepted_at = ?, accepted_by = ? where consultation_id = ? and organisation_id = ?")
                        .params(row.get("partner_role"), row.get("reach_estimate"), row.get("reach_description"),
                                row.get("accepted_at"), row.get("accepted_by"), consultation, to)
                        .update();
            }
            jdbc.sql("update consultation_partner set invited_at = ? where consultation_id = ? and organisation_id = ? "
                    + "and invited_at > ?").params(row.get("invited_at"), consultation, to, row.get("invited_at"))
                    .update();
            jdbc.sql("delete from consultation_partner where consultation_id = ? and organisation_id = ?")
                    .params(consultation, from).update();
        }
        jdbc.sql("update consultation_partner set organisation_id = ? where organisation_id = ?")
                .params(to, from).update();
    }

    private void members(long from, long to) {
        jdbc.sql("""
                update organisation_member set member_role = 'admin'
                where organisation_id = ? and user_id in (
                    select user_id from organisation_member where organisation_id = ? and member_role = 'admin')""")
                .params(to, from).update();
        jdbc.sql("""
                delete from organisation_member
                where organisation_id = ? and user_id in (
                    select user_id from organisation_member where organisation_id = ?)""")
                .params(from, to).update();
        jdbc.sql("update organisation_member set organisation_id = ? where organisation_id = ?").params(to, from)
                .update();
    }

    private void areasAndGroups(long from, long to) {
        jdbc.sql("""
                insert into organisation_area (organisation_id, area)
                select distinct cast(? as bigint), a.area from (
                    select area from organisation_area where organisation_id = ?
                    union select area from organisation where id = ? and area is not null) a
                where not exists (select 1 from organisation_area x where x.organisation_id = ?
                                  and lower(x.area) = lower(a.area))
                  and not exists (select 1 from organisation o where o.id = ? and lower(o.area) = lower(a.area))""")
                .params(to, from, from, to, to).update();
        jdbc.sql("delete from organisation_area where organisation_id = ?").param(from).update();
        jdbc.sql("""
                insert into organisation_group (organisation_id, characteristic, group_value)
                select cast(? as bigint), g.characteristic, g.group_value from organisation_group g
                where g.organisation_id = ? and not exists (select 1 from organisation_group x
                    where x.organisation_id = ? and x.characteristic = g.characteristic
                      and x.group_value = g.group_value)""")
                .params(to, from, to).update();
        jdbc.sql("delete from organisation_group where organisation_id = ?").param(from).update();
    }
}
