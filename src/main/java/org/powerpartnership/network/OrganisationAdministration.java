package org.powerpartnership.network;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's admins look after its people: who is in it and as what, inviting colleagues by email (the link
 * carries a random token; only its SHA-256 hash is kept), cancelling an invitation, making someone an admin and
 * removing someone (never the last admin). Every method refuses anyone who does not administer the organisation.
 */
@Service
public class OrganisationAdministration {

    /** How long an invitation link works. */
    public static final Duration INVITATION_LIFETIME = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int EMAIL_MAX = 254;

    private final JdbcClient jdbc;
    private final OrganisationApplications applications;
    private final AccountService accounts;
    private final Memberships memberships;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OrganisationAdministration(JdbcClient jdbc, OrganisationApplications applications, AccountService accounts,
                               Memberships memberships, AuditLog audit, DomainEvents events,
                               Clock clock) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.accounts = accounts;
        this.memberships = memberships;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** One of a person's organisations and their part in it. */
    public record Membership(Organisation organisation, String role) {

        public boolean isAdmin() {
            return OrganisationMember.ADMIN.equals(role);
        }
    }

    /** The organisations a person belongs to, with their part in each, by name. */
    @Transactional(readOnly = true)
    public List<Membership> membershipsOf(String userId) {
        return jdbc.sql("select o.id, o.name, o.kind, o.area, m.member_role from organisation o "
                        + "join organisation_member m on m.organisation_id = o.id where m.user_id = ? order by o.name")
                .param(userId)
                .query((rs, row) -> new Membership(new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)), rs.getString(5)))
                .list();
    }

    /** The organisations this person administers, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> administeredBy(String userId) {
        return jdbc.sql("select o.id, o.name, o.kind, o.area from organisation o join organisation_member m "
                        + "on m.organisation_id = o.id where m.user_id = ? and m.member_role = ? order by o.name")
                .params(userId, OrganisationMember.ADMIN)
                .query((rs, row) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /** The organisation's people with their role, admins first. */
    @Transactional(readOnly = true)
    public List<OrganisationMember> members(SignedInUser admin, long organisationId) {
        applications.requireAdmin(admin, organisationId);
        return membersOf(organisationId);
    }

    /**
     * Invites a colleague by email and mails them the link. An address that already belongs to a member is refused
     * on the {@code email} field; inviting an address again replaces its earlier invitation.
     */
    @Transactional
    public long invite(SignedInUser admin, long organisationId, String email) {
        applications.requireAdmin(admin, organisationId);
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("email", "joining.invite.email.required"));
        }
        if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException(FieldProblem.of("email", "joining.invite.email.invalid"));
        }
        if (membersOf(organisationId).stream().anyMatch(member -> address.equalsIgnoreCase(member.email()))) {
            throw new InvalidInputException(FieldProblem.of("email", "joining.invite.email.member"));
        }
        Instant now = clock.instant();
        jdbc.sql("update organisation_invitation set cancelled_at = ? where organisation_id = ? and email = ? "
                        + "and accepted_at is null and cancelled_at is null")
                .params(Timestamp.from(now), organisationId, address).update();
        String token = newToken();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation_invitation (organisation_id, email, token_hash, invited_by, invited_at, "
                        + "expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(organisationId, address, hash(token), admin.userId(), Timestamp.from(now),
                        Timestamp.from(now.plus(INVITATION_LIFETIME)))
                .update(keys, "id");
        long invitationId = keys.getKeyAs(Number.class).longValue();
        audit.record(admin.userId(), null, "organisation.invited", "organisation:" + organisationId,
                Map.of("invitationId", invitationId));
        events.publish(new OrganisationInvitationSent(invitationId, organisationId, address, token,
                admin.userId()));
        return invitationId;
    }

    /** Invitations neither accepted nor cancelled, newest first (expired ones too, marked by their date). */
    @Transactional(readOnly = true)
    public List<OrganisationInvitation> openInvitations(SignedInUser admin, long organisationId) {
        applications.requireAdmin(admin, organisationId);
        return jdbc.sql("select id, organisation_id, email, invited_at, expires_at from organisation_invitation "
                        + "where organisation_id = ? and accepted_at is null and cancelled_at is null "
                        + "order by invited_at desc, id desc")
                .param(organisationId)
                .query((rs, row) -> new OrganisationInvitation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Cancels an open invitation: its link then says so. */
    @Transactional
    public void cancelInvitation(SignedInUser admin, long invitationId) {
        long organisationId = jdbc.sql("select organisation_id from organisation_invitation where id = ?")
                .param(invitationId).query(Long.class).optional()
                .orElseThrow(() -> new AccessDeniedException("No invitation " + invitationId));
        applications.requireAdmin(admin, organisationId);
        int cancelled = jdbc.sql("update organisation_invitation set cancelled_at = ? where id = ? "
                        + "and accepted_at is null and cancelled_at is null")
                .params(Timestamp.from(clock.instant()), invitationId).update();
        if (cancelled > 0) {
            audit.record(admin.userId(), null, "organisation.invitationCancelled", "organisation:" + organisationId,
                    Map.of("invitationId", invitationId));
        }
    }

    /** Makes a member an admin of the organisation too. */
    @Transactional
    public void makeAdmin(SignedInUser admin, long organisationId, String userId) {
        applications.requireAdmin(admin, organisationId);
        int changed = jdbc.sql("update organisation_member set member_role = ? where organisation_id = ? "
                        + "and user_id = ?")
                .params(OrganisationMember.ADMIN, organisationId, userId).update();
        if (changed == 0) {
            throw new InvalidInputException(FieldProblem.of("member", "joining.member.gone"));
        }
        audit.record(admin.userId(), null, "organisation.adminMade", "organisation:" + organisationId,
                Map.of("member", userId));
    }

    /**
     * Removes someone from the organisation, and from the partner group of each consultation it is invited to
     * unless another of their organisations is invited there too. The last admin cannot be removed.
     */
    @Transactional
    public void removeMember(SignedInUser admin, long organisationId, String userId) {
        applications.requireAdmin(admin, organisationId);
        List<String> admins = applications.adminsOf(organisationId);
        if (admins.size() == 1 && admins.contains(userId)) {
            throw new InvalidInputException(FieldProblem.of("member", "joining.member.lastAdmin"));
        }
        int removed = jdbc.sql("delete from organisation_member where organisation_id = ? and user_id = ?")
                .params(organisationId, userId).update();
        if (removed == 0) {
            throw new InvalidInputException(FieldProblem.of("member", "joining.member.gone"));
        }
        List<Long> stillThrough = jdbc.sql("select p.consultation_id from consultation_partner p "
                        + "join organisation_member m on m.organisation_id = p.organisation_id where m.user_id = ?")
                .param(userId).query(Long.class).list();
        for (Long consultationId : jdbc.sql("select consultation_id from consultation_partner where "
                + "organisation_id = ?").param(organisationId).query(Long.class).list()) {
            if (!stillThrough.contains(consultationId)) {
                memberships.remove(consultationId, userId, MemberRole.PARTNER);
            }
        }
        audit.record(admin.userId(), null, "organisation.memberRemoved", "organisation:" + organisationId,
                Map.of("member", userId));
    }

    private List<OrganisationMember> membersOf(long organisationId) {
        record Row(String userId, String role, Timestamp joinedAt) {
        }
        return jdbc.sql("select user_id, member_role, joined_at from organisation_member where organisation_id = ? "
                        + "order by case when member_role = 'admin' then 0 else 1 end, user_id")
                .param(organisationId)
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3)))
                .list().stream()
                .map(row -> {
                    Person person = accounts.person(row.userId()).orElse(null);
                    return new OrganisationMember(row.userId(), person == null ? row.userId() : person.displayName(),
                            person == null ? null : person.email(), row.role(),
                            row.joinedAt() == null ? null : row.joinedAt().toInstant());
                })
                .toList();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The SHA-256 of a token, in hex: what the directory keeps instead of the token. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java has SHA-256", impossible);
        }
    }
}
