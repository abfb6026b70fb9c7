package org.powerpartnership.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in which consultation's team, panel, partners and participants. Each membership is also a candidate
 * group, so work for "the panel of PARKS-2026" reaches exactly its members, and nobody else sees it.
 */
@Service
public class Memberships {

    private final JdbcClient jdbc;
    private final Clock clock;

    Memberships(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Member> of(long consultationId) {
        return jdbc.sql("select consultation_id, user_id, member_role, group_id, added_at from consultation_member "
                        + "where consultation_id = ? order by member_role, added_at, user_id")
                .param(consultationId)
                .query((rs, row) -> new Member(rs.getLong(1), rs.getString(2), MemberRole.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public List<String> userIds(long consultationId, MemberRole role) {
        return jdbc.sql("select user_id from consultation_member where consultation_id = ? and member_role = ? "
                        + "order by added_at, user_id")
                .params(consultationId, role.name()).query(String.class).list();
    }

    @Transactional(readOnly = true)
    public boolean isMember(long consultationId, String userId) {
        return jdbc.sql("select count(*) from consultation_member where consultation_id = ? and user_id = ?")
                .params(consultationId, userId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public boolean holds(long consultationId, String userId, MemberRole role) {
        return jdbc.sql("select count(*) from consultation_member where consultation_id = ? and user_id = ? "
                        + "and member_role = ?")
                .params(consultationId, userId, role.name()).query(Long.class).single() > 0;
    }

    /** The consultation's lead officer, still holding the officer role: who may ask for changes to its course. */
    @Transactional(readOnly = true)
    public boolean isLead(SignedInUser user, long consultationId) {
        return user.hasRole(Roles.OFFICER) && holds(consultationId, user.userId(), MemberRole.LEAD);
    }

    /** On the consultation's team: its lead, its deputy or another of its officers. */
    @Transactional(readOnly = true)
    public boolean isOnTeam(long consultationId, String userId) {
        return jdbc.sql("select count(*) from consultation_member where consultation_id = ? and user_id = ? "
                        + "and member_role in ('LEAD', 'DEPUTY', 'OFFICER')")
                .params(consultationId, userId).query(Long.class).single() > 0;
    }

    @Transactional
    public void add(long consultationId, String consultationRef, String userId, MemberRole role) {
        if (holds(consultationId, userId, role)) {
            return;
        }
        jdbc.sql("insert into consultation_member (consultation_id, user_id, member_role, group_id, added_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(consultationId, userId, role.name(), role.groupFor(consultationRef),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public void remove(long consultationId, String userId, MemberRole role) {
        jdbc.sql("delete from consultation_member where consultation_id = ? and user_id = ? and member_role = ?")
                .params(consultationId, userId, role.name()).update();
    }
}
