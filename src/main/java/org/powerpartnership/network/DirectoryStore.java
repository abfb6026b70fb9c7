package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The directory as Open Referral UK sees it: entries read with their areas and groups, and written back whole.
 * Callers hold the transaction.
 */
@Repository
class DirectoryStore {

    /**
     * An organisation already in the directory, as an import needs to know it.
     *
     * @param mergedInto the name of the organisation a merged entry became part of, if it was merged
     */
    record Known(long id, String name, String status, UUID orukId, String mergedInto) {
    }

    private final JdbcClient jdbc;
    private final DirectoryRecords records;

    DirectoryStore(JdbcClient jdbc, DirectoryRecords records) {
        this.jdbc = jdbc;
        this.records = records;
    }

    /**
     * Gives every organisation without one its random Open Referral identifier (see V26 for why random). Only a row
     * still without one is given it, so two exports at once cannot publish two identifiers for one organisation.
     */
    void giveIdentifiers() {
        for (Long id : jdbc.sql("select id from organisation where oruk_id is null").query(Long.class).list()) {
            jdbc.sql("update organisation set oruk_id = ? where id = ? and oruk_id is null")
                    .params(UUID.randomUUID().toString(), id).update();
        }
    }

    /** The active organisations, by name: what the directory publishes. */
    List<OpenReferralEntry> active() {
        Map<Long, List<String>> areas = records.areasOfActive();
        Map<Long, List<GroupServed>> groups = records.groupsOfActive();
        return jdbc.sql("select id, oruk_id, name, kind, description, website, email, phone, area from organisation "
                        + "where status = 'active' order by name, id")
                .query((rs, row) -> new OpenReferralEntry(UUID.fromString(rs.getString(2)), rs.getString(3),
                        OrganisationKind.ofCode(rs.getString(4)).orElse(OrganisationKind.COMMUNITY_GROUP),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        areas.getOrDefault(rs.getLong(1), List.of()), groups.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    /** Every organisation, whatever its status (a merged or declined one still owns its name and identifier). */
    List<Known> everyone() {
        return jdbc.sql("select o.id, o.name, o.status, o.oruk_id, kept.name from organisation o "
                        + "left join organisation kept on kept.id = o.merged_into")
                .query((rs, row) -> new Known(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : UUID.fromString(rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** A new organisation, active: it comes from a published directory. */
    long add(OpenReferralEntry entry, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, kind, area, created_at, status, description, website, email, phone, "
                        + "updated_at, oruk_id) values (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)")
                .params(entry.name(), entry.kind().code(), entry.area(), Timestamp.from(at), entry.description(),
                        entry.website(), entry.email(), entry.phone(), Timestamp.from(at),
                        entry.orukId().toString())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceAreasAndGroups(id, entry);
        return id;
    }

    /** What the file says replaces what we had; its status, members, contacts and history stay. */
    void update(long id, OpenReferralEntry entry, Instant at) {
        jdbc.sql("update organisation set name = ?, kind = ?, area = ?, description = ?, website = ?, email = ?, "
                        + "phone = ?, updated_at = ? where id = ?")
                .params(entry.name(), entry.kind().code(), entry.area(), entry.description(), entry.website(),
                        entry.email(), entry.phone(), Timestamp.from(at), id)
                .update();
        replaceAreasAndGroups(id, entry);
    }

    private void replaceAreasAndGroups(long id, OpenReferralEntry entry) {
        records.replaceAreasAndGroups(id, entry.areasServed(), entry.groups());
    }
}
