package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationLaunched;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Working with existing networks: the directory of organisations, invitations to a consultation, and each
 * organisation's accepted role and reach. An invited organisation's people join the consultation's partner group.
 */
@Service
public class NetworkService {

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    NetworkService(JdbcClient jdbc, ConsultationService consultations, Memberships memberships, AuditLog audit,
                   Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Invitations chosen at launch are in place before the first tasks appear (same transaction). */
    @EventListener
    @Transactional
    public void on(ConsultationLaunched launched) {
        for (Long organisationId : launched.partnerOrganisationIds()) {
            invite(launched.consultationId(), organisationId, launched.launchedBy());
        }
    }

    @Transactional
    public Organisation findOrCreate(String name, String kind, String area) {
        String clean = name.strip().replaceAll("\\s+", " ");
        Optional<Organisation> existing = jdbc.sql(SELECT_ORG + " where lower(name) = ?")
                .param(clean.toLowerCase(Locale.ROOT)).query(NetworkService::mapOrganisation).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            // Behind a savepoint: when someone else adds the same organisation at the same moment, the unique
            // name index refuses our row, and on PostgreSQL only a savepoint keeps the surrounding work alive.
            long id = savepoint.execute(status -> {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("insert into organisation (name, kind, area, created_at) values (?, ?, ?, ?)")
                        .params(clean, kind, area, Timestamp.from(clock.instant())).update(keys, "id");
                return keys.getKeyAs(Number.class).longValue();
            });
            return organisation(id);
        } catch (DuplicateKeyException addedMeanwhile) {
            return jdbc.sql(SELECT_ORG + " where lower(name) = ?").param(clean.toLowerCase(Locale.ROOT))
                    .query(NetworkService::mapOrganisation).single();
        }
    }

    @Transactional
    public void addMember(long organisationId, String userId) {
        addMember(organisationId, userId, OrganisationMember.MEMBER);
    }

    /**
     * Makes someone a member of the organisation with a member role ({@link OrganisationMember#ADMIN} or
     * {@link OrganisationMember#MEMBER}); someone already in it keeps the role they have.
     */
    @Transactional
    public void addMember(long organisationId, String userId, String memberRole) {
        if (jdbc.sql("select count(*) from organisation_member where organisation_id = ? and user_id = ?")
                .params(organisationId, userId).query(Long.class).single() == 0) {
            jdbc.sql("insert into organisation_member (organisation_id, user_id, member_role, joined_at) "
                            + "values (?, ?, ?, ?)")
                    .params(organisationId, userId, memberRole, Timestamp.from(clock.instant())).update();
        }
        // someone who joins an organisation later joins the consultations it was already invited to
        for (Long consultationId : jdbc.sql("select consultation_id from consultation_partner where organisation_id = ?")
                .param(organisationId).query(Long.class).list()) {
            memberships.add(consultationId, consultations.get(consultationId).ref(), userId, MemberRole.PARTNER);
        }
    }

    /**
     * Invites an active organisation (its people join the consultation's partners). A proposed entry, or one that is
     * pending, declined, merged or closed, is refused: it is invited only once an officer has confirmed it.
     */
    @Transactional
    public void invite(long consultationId, long organisationId, String invitedBy) {
        if (!isActive(organisationId)) {
            throw new InvalidInputException(List.of(FieldProblem.of("organisationIds", "invite.notActive")));
        }
        Consultation consultation = consultations.get(consultationId);
        boolean already = jdbc.sql("select count(*) from consultation_partner where consultation_id = ? "
                + "and organisation_id = ?").params(consultationId, organisationId).query(Long.class).single() > 0;
        if (!already) {
            jdbc.sql("insert into consultation_partner (consultation_id, organisation_id, invited_at) values (?, ?, ?)")
                    .params(consultationId, organisationId, Timestamp.from(clock.instant())).update();
            audit.recordForStage(invitedBy, consultationId, "NETWORKS", "partner.invited",
                    "organisation:" + organisationId, Map.of("organisation", organisation(organisationId).name()));
        }
        for (String member : membersOf(organisationId)) {
            memberships.add(consultationId, consultation.ref(), member, MemberRole.PARTNER);
        }
    }

    /**
     * An organisation accepts its part. Only its own people (while it is active) speak for it: a partner of another
     * invited organisation is refused, even on the same consultation.
     */
    @Transactional
    public void acceptRole(SignedInUser partner, long consultationId, long organisationId, String role,
                           int reachEstimate, String reachDescription) {
        if (!isActiveMember(organisationId, partner.userId())) {
            throw new AccessDeniedException(partner.userId() + " does not speak for organisation " + organisationId);
        }
        jdbc.sql("update consultation_partner set partner_role = ?, reach_estimate = ?, reach_description = ?, "
                        + "accepted_at = ?, accepted_by = ? where consultation_id = ? and organisation_id = ?")
                .params(role, reachEstimate, reachDescription, Timestamp.from(clock.instant()), partner.userId(),
                        consultationId, organisationId)
                .update();
        audit.recordForStage(partner.userId(), consultationId, "NETWORKS", "partner.accepted",
                "organisation:" + organisationId, Map.of("role", role, "reach", reachEstimate));
    }

    @Transactional(readOnly = true)
    public List<Long> invitedOrganisationIds(long consultationId) {
        return jdbc.sql("select p.organisation_id from consultation_partner p join organisation o "
                        + "on o.id = p.organisation_id where p.consultation_id = ? and o.status = 'active' "
                        + "order by p.invited_at, p.organisation_id")
                .param(consultationId).query(Long.class).list();
    }

    /** The active organisations invited to the consultation and their part (never a proposed entry). */
    @Transactional(readOnly = true)
    public List<Partnership> partnersOf(long consultationId) {
        return jdbc.sql("select p.consultation_id, o.id, o.name, o.kind, o.area, p.invited_at, p.partner_role, "
                        + "p.reach_estimate, p.reach_description, p.accepted_at, p.accepted_by "
                        + "from consultation_partner p join organisation o on o.id = p.organisation_id "
                        + "where p.consultation_id = ? and o.status = 'active' order by o.name")
                .param(consultationId)
                .query((rs, row) -> {
                    int reach = rs.getInt(8);
                    Integer reachEstimate = rs.wasNull() ? null : reach;
                    Timestamp accepted = rs.getTimestamp(10);
                    return new Partnership(rs.getLong(1), new Organisation(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getString(7),
                            reachEstimate, rs.getString(9), accepted == null ? null : accepted.toInstant(),
                            rs.getString(11));
                })
                .list();
    }

    /** The active organisations, by name (a proposed or pending entry is nobody's to choose yet). */
    @Transactional(readOnly = true)
    public List<Organisation> directory() {
        return jdbc.sql(SELECT_ORG + " where status = 'active' order by name").query(NetworkService::mapOrganisation).list();
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisationsOf(String userId) {
        return jdbc.sql(SELECT_ORG + " where id in (select organisation_id from organisation_member where user_id = ?) "
                + "order by name").param(userId).query(NetworkService::mapOrganisation).list();
    }

    @Transactional(readOnly = true)
    public Organisation organisation(long id) {
        return jdbc.sql(SELECT_ORG + " where id = ?").param(id).query(NetworkService::mapOrganisation).single();
    }

    @Transactional(readOnly = true)
    public boolean isActive(long organisationId) {
        return jdbc.sql("select count(*) from organisation where id = ? and status = 'active'")
                .param(organisationId).query(Long.class).single() > 0;
    }

    /** Whether the person belongs to the organisation and it is active (so they may act for it). */
    @Transactional(readOnly = true)
    public boolean isActiveMember(long organisationId, String userId) {
        return jdbc.sql("select count(*) from organisation_member m join organisation o on o.id = m.organisation_id "
                        + "where m.organisation_id = ? and m.user_id = ? and o.status = 'active'")
                .params(organisationId, userId).query(Long.class).single() > 0;
    }

    @Transactional(readOnly = true)
    public List<String> membersOf(long organisationId) {
        return jdbc.sql("select user_id from organisation_member where organisation_id = ? order by user_id")
                .param(organisationId).query(String.class).list();
    }

    private static final String SELECT_ORG = "select id, name, kind, area from organisation";

    private static Organisation mapOrganisation(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }
}
