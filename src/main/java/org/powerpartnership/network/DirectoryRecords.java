package org.powerpartnership.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The directory's rows: organisations with their areas and groups, read, written and searched in SQL (the list is
 * paged by the database, not in memory). No access checks here: {@link OrganisationDirectory} makes them.
 * The first wave kept one area on the organisation itself; it still counts as an area served, and the first area
 * of an entry is kept there too, for the screens that read only that column.
 */
@Component
class DirectoryRecords {

    private static final String ENTRY = "select id, name, kind, status, description, website, email, phone, area, "
            + "merged_into, proposed_by, created_at, updated_at from organisation";

    private final JdbcClient jdbc;

    DirectoryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The same name as people read it: spaces trimmed and single, for comparing without case. */
    static String cleanName(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ");
    }

    /** The entry that already has this name (ignoring case and spacing), other than {@code except}. */
    Optional<DirectoryListing> withName(String name, Long except) {
        return jdbc.sql("select id from organisation where lower(name) = ? and id <> ? order by id")
                .params(cleanName(name).toLowerCase(Locale.ROOT), except == null ? -1L : except)
                .query(Long.class).list().stream().findFirst().flatMap(this::listing);
    }

    long insert(OrganisationDetails details, String by, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, kind, status, description, website, email, phone, area, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(cleanName(details.name()), details.kind().code(),
                        details.status() == null ? OrganisationStatus.ACTIVE.code() : details.status().code(),
                        blankToNull(details.description()), blankToNull(details.website()),
                        blankToNull(details.email()), blankToNull(details.phone()),
                        details.areas().isEmpty() ? null : details.areas().get(0),
                        Timestamp.from(now), Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceAreasAndGroups(id, details);
        return id;
    }

    void update(long id, OrganisationDetails details, Instant now) {
        jdbc.sql("update organisation set name = ?, kind = ?, status = ?, description = ?, website = ?, email = ?, "
                        + "phone = ?, area = ?, updated_at = ? where id = ?")
                .params(cleanName(details.name()), details.kind().code(), details.status().code(),
                        blankToNull(details.description()), blankToNull(details.website()),
                        blankToNull(details.email()), blankToNull(details.phone()),
                        details.areas().isEmpty() ? null : details.areas().get(0), Timestamp.from(now), id)
                .update();
        replaceAreasAndGroups(id, details);
    }

    void setStatus(long id, OrganisationStatus status, Instant now) {
        jdbc.sql("update organisation set status = ?, updated_at = ? where id = ?")
                .params(status.code(), Timestamp.from(now), id).update();
    }

    private void replaceAreasAndGroups(long id, OrganisationDetails details) {
        replaceAreasAndGroups(id, details.areas(), details.groups());
    }

    /** The areas an organisation serves and the groups it works with, instead of those it had. */
    void replaceAreasAndGroups(long id, Collection<String> areas, Collection<GroupServed> groups) {
        jdbc.sql("delete from organisation_area where organisation_id = ?").param(id).update();
        jdbc.sql("delete from organisation_group where organisation_id = ?").param(id).update();
        for (String area : new LinkedHashSet<>(areas)) {
            jdbc.sql("insert into organisation_area (organisation_id, area) values (?, ?)").params(id, area).update();
        }
        for (GroupServed group : groups) {
            jdbc.sql("insert into organisation_group (organisation_id, characteristic, group_value) values (?, ?, ?)")
                    .params(id, group.characteristic(), group.value()).update();
        }
    }

    /** The areas each active organisation serves, by organisation, in alphabetical order. */
    Map<Long, List<String>> areasOfActive() {
        Map<Long, List<String>> areas = new HashMap<>();
        jdbc.sql("select a.organisation_id, a.area from organisation_area a join organisation o "
                        + "on o.id = a.organisation_id where o.status = 'active' order by a.organisation_id, a.area")
                .query(rs -> {
                    areas.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return areas;
    }

    /** The groups of people each active organisation works with, by organisation. */
    Map<Long, List<GroupServed>> groupsOfActive() {
        Map<Long, List<GroupServed>> groups = new HashMap<>();
        jdbc.sql("select g.organisation_id, g.characteristic, g.group_value from organisation_group g "
                        + "join organisation o on o.id = g.organisation_id where o.status = 'active' "
                        + "order by g.organisation_id, g.characteristic, g.group_value")
                .query(rs -> {
                    groups.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new GroupServed(rs.getString(2), rs.getString(3)));
                });
        return groups;
    }

    Optional<DirectoryEntry> entry(long id) {
        return jdbc.sql(ENTRY + " where id = ?").param(id).query(this::mapEntry).optional();
    }

    Optional<DirectoryListing> listing(long id) {
        return entry(id).map(e -> new DirectoryListing(e.id(), e.name(), e.kind(), e.status(), e.areas()));
    }

    List<DirectoryListing> search(DirectorySearch search, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        params.add(limit);
        params.add(offset);
        List<Long> ids = jdbc.sql("select o.id from organisation o" + where
                        + " order by lower(o.name), o.id limit ? offset ?")
                .params(params).query(Long.class).list();
        Map<Long, List<String>> areas = areasOf(ids);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, DirectoryListing> byId = new LinkedHashMap<>();
        jdbc.sql("select id, name, kind, status from organisation where id in (" + placeholders(ids.size()) + ")")
                .params(new ArrayList<Object>(ids))
                .query((rs, row) -> new DirectoryListing(rs.getLong(1), rs.getString(2),
                        OrganisationKind.ofCode(rs.getString(3)).orElse(null),
                        OrganisationStatus.ofCode(rs.getString(4)).orElse(OrganisationStatus.ACTIVE),
                        areas.getOrDefault(rs.getLong(1), List.of())))
                .list().forEach(listing -> byId.put(listing.id(), listing));
        return ids.stream().map(byId::get).toList();
    }

    int count(DirectorySearch search) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        return jdbc.sql("select count(*) from organisation o" + where).params(params).query(Long.class)
                .single().intValue();
    }

    private static String where(DirectorySearch search, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (search.status() == null) {
            conditions.add("o.status <> 'merged'");
        } else {
            conditions.add("o.status = ?");
            params.add(search.status().code());
        }
        if (search.text() != null && !search.text().isBlank()) {
            String like = "%" + cleanName(search.text()).toLowerCase(Locale.ROOT) + "%";
            conditions.add("(lower(o.name) like ? or lower(coalesce(o.description, '')) like ?)");
            params.add(like);
            params.add(like);
        }
        if (search.kind() != null) {
            conditions.add("o.kind = ?");
            params.add(search.kind().code());
        }
        if (search.area() != null && !search.area().isBlank()) {
            String area = cleanName(search.area()).toLowerCase(Locale.ROOT);
            conditions.add("(lower(o.area) = ? or exists (select 1 from organisation_area a "
                    + "where a.organisation_id = o.id and lower(a.area) = ?))");
            params.add(area);
            params.add(area);
        }
        if (search.group() != null) {
            conditions.add("exists (select 1 from organisation_group g where g.organisation_id = o.id "
                    + "and g.characteristic = ? and g.group_value = ?)");
            params.add(search.group().characteristic());
            params.add(search.group().value());
        }
        return " where " + String.join(" and ", conditions);
    }

    /** Every area named anywhere in the directory, for the area filter. */
    List<String> allAreas() {
        return jdbc.sql("select area from organisation_area union select area from organisation "
                + "where area is not null order by 1").query(String.class).list();
    }

    private Map<Long, List<String>> areasOf(List<Long> ids) {
        Map<Long, List<String>> areas = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return areas;
        }
        String in = placeholders(ids.size());
        List<Object> params = new ArrayList<>(ids);
        params.addAll(ids);
        jdbc.sql("select organisation_id, area from organisation_area where organisation_id in (" + in + ") "
                        + "union select id, area from organisation where area is not null and id in (" + in + ") "
                        + "order by 1, 2")
                .params(params)
                .query((rs, row) -> areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return areas;
    }

    private DirectoryEntry mapEntry(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Set<GroupServed> groups = new HashSet<>(jdbc.sql("select characteristic, group_value from organisation_group "
                        + "where organisation_id = ?").param(id)
                .query((g, n) -> new GroupServed(g.getString(1), g.getString(2))).list());
        long mergedInto = rs.getLong("merged_into");
        Long merged = rs.wasNull() ? null : mergedInto;
        return new DirectoryEntry(id, rs.getString("name"), OrganisationKind.ofCode(rs.getString("kind")).orElse(null),
                OrganisationStatus.ofCode(rs.getString("status")).orElse(OrganisationStatus.ACTIVE),
                rs.getString("description"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
                areasOf(List.of(id)).getOrDefault(id, List.of()), groups, merged, rs.getString("proposed_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
