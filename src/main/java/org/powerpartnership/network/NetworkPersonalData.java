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
 * The organisations a partner belongs to (and as what), the roles they accepted for them, the applications they
 * made and the invitations they sent, in "My data". On erasure they leave their organisations; the rest stays under
 * a random name.
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
                        select o.id, o.name, o.kind, o.area, m.member_role, m.joined_at
                        from organisation_member m join organisation o on o.id = m.organisation_id
                        where m.user_id = ? order by o.name""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> organisation = new LinkedHashMap<>();
                    organisation.put("organisationId", rs.getLong("id"));
                    organisation.put("name", rs.getString("name"));
                    organisation.put("kind", rs.getString("kind"));
                    organisation.put("area", rs.getString("area"));
                    organisation.put("memberRole", rs.getString("member_role"));
                    organisation.put("joinedAt", instant(rs.getTimestamp("joined_at")));
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
        List<Map<String, Object>> outreach = jdbc.sql("""
                        select r.consultation_id, o.name, r.reported_at, r.groups_reached, r.people_reached
                        from partner_outreach r join organisation o on o.id = r.organisation_id
                        where r.reported_by = ? order by r.reported_at""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> report = new LinkedHashMap<>();
                    report.put("consultationId", rs.getLong("consultation_id"));
                    report.put("organisation", rs.getString("name"));
                    report.put("reportedAt", rs.getTimestamp("reported_at").toInstant().toString());
                    report.put("groupsReached", rs.getString("groups_reached"));
                    report.put("peopleReached", rs.getObject("people_reached") == null ? null
                            : rs.getInt("people_reached"));
                    return report;
                }).list();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("memberOf", organisations);
        out.put("rolesYouAccepted", roles);
        out.put("outreachYouReported", outreach);
        out.put("applications", applications(userId));
        out.put("invitationsYouSent", invitationsSent(userId));
        return out;
    }

    private List<Map<String, Object>> applications(String userId) {
        return jdbc.sql("""
                        select a.kind, o.name, a.message, a.submitted_at, a.status, a.decided_at, a.notes
                        from organisation_application a join organisation o on o.id = a.organisation_id
                        where a.applicant = ? order by a.submitted_at, a.id""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> application = new LinkedHashMap<>();
                    application.put("kind", rs.getString("kind"));
                    application.put("organisation", rs.getString("name"));
                    application.put("message", rs.getString("message"));
                    application.put("submittedAt", instant(rs.getTimestamp("submitted_at")));
                    application.put("status", rs.getString("status"));
                    application.put("decidedAt", instant(rs.getTimestamp("decided_at")));
                    application.put("notes", rs.getString("notes"));
                    return application;
                }).list();
    }

    private List<Map<String, Object>> invitationsSent(String userId) {
        return jdbc.sql("""
                        select o.name, i.email, i.invited_at, i.expires_at, i.accepted_at, i.cancelled_at
                        from organisation_invitation i join organisation o on o.id = i.organisation_id
                        where i.invited_by = ? order by i.invited_at, i.id""")
                .param(userId).query((rs, row) -> {
                    Map<String, Object> invitation = new LinkedHashMap<>();
                    invitation.put("organisation", rs.getString("name"));
                    invitation.put("email", rs.getString("email"));
                    invitation.put("invitedAt", instant(rs.getTimestamp("invited_at")));
                    invitation.put("expiresAt", instant(rs.getTimestamp("expires_at")));
                    invitation.put("acceptedAt", instant(rs.getTimestamp("accepted_at")));
                    invitation.put("cancelledAt", instant(rs.getTimestamp("cancelled_at")));
                    return invitation;
                }).list();
    }

    private static String instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }

    /**
     * Roles accepted, applications (with the decision and its notes) and invitations stay, as the record of how an
     * organisation came in, under one random name; the invited address of an invitation they accepted goes.
     */
    @Override
    @Transactional
    public void erase(String userId) {
        String pseudonym = Pseudonyms.random();
        jdbc.sql("update consultation_partner set accepted_by = ? where accepted_by = ?")
                .params(pseudonym, userId).update();
        jdbc.sql("update organisation_application set applicant = ? where applicant = ?")
                .params(pseudonym, userId).update();
        jdbc.sql("update organisation_application set decided_by = ? where decided_by = ?")
                .params(pseudonym, userId).update();
        jdbc.sql("update organisation_invitation set invited_by = ? where invited_by = ?")
                .params(pseudonym, userId).update();
        jdbc.sql("update organisation_invitation set accepted_by = ?, email = ? where accepted_by = ?")
                .params(pseudonym, pseudonym, userId).update();
        // the organisation's outreach stays on its record; who reported it does not
        jdbc.sql("update partner_outreach set reported_by = ? where reported_by = ?")
                .params(pseudonym, userId).update();
        jdbc.sql("delete from acting_for where user_id = ?").param(userId).update();
        jdbc.sql("delete from organisation_member where user_id = ?").param(userId).update();
    }
}
