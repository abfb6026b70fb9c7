package org.powerpartnership.accountability;

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
 * A panel member's votes and their choice about showing their name, in "My data". On erasure the votes, their
 * reasons and every decision stay on the record under one random name per erasure (so each gate still has one vote
 * per voter); the name choice goes. Reviews, answers, published responses and resolved escalations they signed
 * keep their place under the same random name.
 */
@Component
@Order(60)
class AccountabilityPersonalData implements PersonalDataHolder {

    /** Tables and columns of this feature that hold the id of the person who acted. */
    private static final List<String[]> ACTED_BY = List.of(
            new String[] {"vote", "voter_id"},
            new String[] {"sign_off_gate", "answered_by"},
            new String[] {"return_reason", "answered_by"},
            new String[] {"commitment_review", "reviewed_by"},
            new String[] {"commitment_event", "recorded_by"},
            new String[] {"council_response", "published_by"},
            new String[] {"escalation", "resolved_by"},
            new String[] {"panel_change", "user_id"},
            new String[] {"panel_change", "changed_by"},
            new String[] {"panel_reserve", "added_by"});

    private final JdbcClient jdbc;

    AccountabilityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "panel";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String userId) {
        List<Map<String, Object>> votes = jdbc.sql("""
                        select g.consultation_id, c.title, g.stage_key, g.round_no, v.decision, v.reasons, v.cast_at,
                               v.changed_at
                        from vote v join sign_off_gate g on g.id = v.gate_id
                        join consultation c on c.id = g.consultation_id
                        where v.voter_id = ? order by v.cast_at, v.id""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> vote = new LinkedHashMap<>();
                    vote.put("consultationId", rs.getLong("consultation_id"));
                    vote.put("consultation", rs.getString("title"));
                    vote.put("stage", rs.getString("stage_key").toLowerCase(java.util.Locale.ROOT));
                    vote.put("round", rs.getInt("round_no"));
                    vote.put("decision", rs.getString("decision").toLowerCase(java.util.Locale.ROOT));
                    vote.put("reasons", rs.getString("reasons"));
                    vote.put("castAt", rs.getTimestamp("cast_at").toInstant().toString());
                    if (rs.getTimestamp("changed_at") != null) {
                        vote.put("changedAt", rs.getTimestamp("changed_at").toInstant().toString());
                    }
                    return vote;
                }).list();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("votes", votes);
        out.put("panelChanges", jdbc.sql("""
                        select c.title, p.change_kind, p.reason, p.changed_at from panel_change p
                        join consultation c on c.id = p.consultation_id where p.user_id = ? order by p.changed_at, p.id""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> change = new LinkedHashMap<>();
                    change.put("consultation", rs.getString("title"));
                    change.put("change", rs.getString("change_kind").toLowerCase(java.util.Locale.ROOT));
                    change.put("reason", rs.getString("reason"));
                    change.put("at", rs.getTimestamp("changed_at").toInstant().toString());
                    return change;
                }).list());
        jdbc.sql("select show_name, decided_at from panel_member_consent where user_id = ?").param(userId)
                .query((rs, row) -> {
                    Map<String, Object> consent = new LinkedHashMap<>();
                    consent.put("showYourName", rs.getBoolean("show_name"));
                    consent.put("decidedAt", rs.getTimestamp("decided_at").toInstant().toString());
                    return consent;
                }).optional().ifPresent(consent -> out.put("nameOnPublicRecord", consent));
        return out;
    }

    @Override
    @Transactional
    public void erase(String userId) {
        String pseudonym = Pseudonyms.random();
        for (String[] column : ACTED_BY) {
            jdbc.sql("update " + column[0] + " set " + column[1] + " = ? where " + column[1] + " = ?")
                    .params(pseudonym, userId).update();
        }
        jdbc.sql("delete from panel_member_consent where user_id = ?").param(userId).update();
        // on a reserve list nobody has appointed them from yet: nothing was decided, so nothing to keep
        jdbc.sql("delete from panel_reserve where user_id = ?").param(userId).update();
    }
}
