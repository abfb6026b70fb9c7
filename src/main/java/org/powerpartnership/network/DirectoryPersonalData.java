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
 * What the directory keeps about the officers who keep it: the contacts they recorded and the entries they merged or
 * proposed, in "My data". On erasure the record stays (a contact's consent, a merge and its reason) under a random
 * name, so the directory's history still holds together without leading back to the officer.
 */
@Component
@Order(61)
class DirectoryPersonalData implements PersonalDataHolder {

    private final JdbcClient jdbc;

    DirectoryPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "directoryWork";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> contacts = jdbc.sql("""
                        select o.name, c.name as contact, c.consented_at from organisation_contact c
                        join organisation o on o.id = c.organisation_id where c.recorded_by = ? order by c.consented_at""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> contact = new LinkedHashMap<>();
                    contact.put("organisation", rs.getString("name"));
                    contact.put("contact", rs.getString("contact"));
                    contact.put("recordedAt", rs.getTimestamp("consented_at").toInstant().toString());
                    return contact;
                }).list();
        List<Map<String, Object>> merges = jdbc.sql("""
                        select m.merged_name, o.name, m.merged_at, m.reason from organisation_merge m
                        join organisation o on o.id = m.kept_id where m.merged_by = ? order by m.merged_at""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> merge = new LinkedHashMap<>();
                    merge.put("merged", rs.getString("merged_name"));
                    merge.put("into", rs.getString("name"));
                    merge.put("mergedAt", rs.getTimestamp("merged_at").toInstant().toString());
                    merge.put("reason", rs.getString("reason"));
                    return merge;
                }).list();
        List<String> proposed = jdbc.sql("select name from organisation where proposed_by = ? order by name")
                .param(userId).query(String.class).list();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("contactsYouRecorded", contacts);
        out.put("entriesYouMerged", merges);
        out.put("organisationsYouProposed", proposed);
        return out;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        String pseudonym = Pseudonyms.random();
        jdbc.sql("update organisation_contact set recorded_by = ? where recorded_by = ?").params(pseudonym, userId)
                .update();
        jdbc.sql("update organisation_merge set merged_by = ? where merged_by = ?").params(pseudonym, userId).update();
        jdbc.sql("update organisation set proposed_by = ? where proposed_by = ?").params(pseudonym, userId).update();
    }
}
