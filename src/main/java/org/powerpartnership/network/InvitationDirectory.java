package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory as inviting sees it: only active organisations (a proposed, pending, declined, merged or closed
 * entry is never offered), each with the areas it serves and the groups of people it works with, so the team can
 * aim its invitations at the people it would otherwise miss.
 */
@Service
public class InvitationDirectory {

    private final JdbcClient jdbc;

    InvitationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active organisation, by name. */
    @Transactional(readOnly = true)
    public List<InvitableOrganisation> active() {
        return search(null);
    }

    /**
     * Active organisations whose name, kind, areas or groups contain every word typed (any case); all of them when
     * nothing is typed.
     */
    @Transactional(readOnly = true)
    public List<InvitableOrganisation> search(String words) {
        List<InvitableOrganisation> all = entries(jdbc.sql("select id, name, kind, area from organisation "
                + "where status = 'active' order by name").query(InvitationDirectory::row)
                .list());
        if (words == null || words.isBlank()) {
            return all;
        }
        List<String> wanted = List.of(words.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return all.stream().filter(entry -> {
            String text = (entry.name() + " " + entry.kind() + " " + String.join(" ", entry.areas()) + " "
                    + String.join(" ", entry.groups())).toLowerCase(Locale.ROOT);
            return wanted.stream().allMatch(text::contains);
        }).toList();
    }

    /** The active organisations among these ids, by name; an id that is not one is left out. */
    @Transactional(readOnly = true)
    public List<InvitableOrganisation> activeAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return entries(jdbc.sql("select id, name, kind, area from organisation where status = 'active' "
                        + "and id in (:ids) order by name").param("ids", ids).query(InvitationDirectory::row).list());
    }

    private static Object[] row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)};
    }

    private List<InvitableOrganisation> entries(List<Object[]> rows) {
        Map<Long, List<String>> areas = new LinkedHashMap<>();
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        jdbc.sql("select a.organisation_id, a.area from organisation_area a join organisation o "
                        + "on o.id = a.organisation_id where o.status = 'active' order by a.area")
                .query((rs, row) -> areas.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        jdbc.sql("select g.organisation_id, g.characteristic, g.group_value from organisation_group g "
                        + "join organisation o on o.id = g.organisation_id where o.status = 'active' "
                        + "order by g.characteristic, g.group_value")
                .query((rs, row) -> groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2) + ": " + rs.getString(3)))
                .list();
        return rows.stream().map(row -> {
            long id = (Long) row[0];
            // the first wave kept one free-text area on the organisation itself
            List<String> served = areas.getOrDefault(id, row[3] == null ? List.of() : List.of((String) row[3]));
            return new InvitableOrganisation(id, (String) row[1], (String) row[2], served, groups.getOrDefault(id, List.of()));
        }).toList();
    }
}
