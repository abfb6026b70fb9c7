package org.powerpartnership.network;

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
    private final DirectoryRecords records;

    InvitationDirectory(JdbcClient jdbc, DirectoryRecords records) {
        this.jdbc = jdbc;
        this.records = records;
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
        Map<Long, List<String>> areas = records.areasOfActive();
        Map<Long, List<String>> groups = new LinkedHashMap<>();
        records.groupsOfActive().forEach((id, served) -> groups.put(id,
                served.stream().map(group -> group.characteristic() + ": " + group.value()).toList()));
        return rows.stream().map(row -> {
            long id = (Long) row[0];
            // the first wave kept one free-text area on the organisation itself
            List<String> served = areas.getOrDefault(id, row[3] == null ? List.of() : List.of((String) row[3]));
            return new InvitableOrganisation(id, (String) row[1], (String) row[2], served, groups.getOrDefault(id, List.of()));
        }).toList();
    }
}
