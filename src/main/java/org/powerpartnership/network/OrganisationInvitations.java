package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited colleague's side: what an invitation link says (which organisation, or why it no longer works) and
 * accepting it, which makes the signed-in person a member with the partner role, in the consultations the
 * organisation is invited to. A link works once.
 */
@Service
public class OrganisationInvitations {

    /** Where a link stands. */
    public enum State { OPEN, EXPIRED, USED, CANCELLED, UNKNOWN }

    /** What a link says: its state and, unless unknown, the organisation it is for. */
    public record Lookup(State state, Long organisationId, String organisationName) {
    }

    private final JdbcClient jdbc;
    private final NetworkService network;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationInvitations(JdbcClient jdbc, NetworkService network, AccountService accounts, AuditLog audit,
                            Clock clock) {
        this.jdbc = jdbc;
        this.network = network;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Lookup lookup(String token) {
        return find(token).map(Found::lookup).orElse(new Lookup(State.UNKNOWN, null, null));
    }

    /**
     * Joins the organisation of an open invitation; returns its id. A link that is unknown, expired, used or
     * cancelled is refused on the {@code token} field with a message saying which; someone already in the
     * organisation just uses the link up.
     */
    @Transactional
    public long accept(SignedInUser person, String token) {
        if (token != null && !token.isBlank()) {
            // one acceptance: a second click waits here, then finds the link used
            jdbc.sql("select id from organisation_invitation where token_hash = ? for update")
                    .param(OrganisationAdministration.hash(token.strip())).query(Long.class).optional();
        }
        Found found = find(token).orElseThrow(() -> refusal(State.UNKNOWN));
        if (found.lookup().state() != State.OPEN) {
            throw refusal(found.lookup().state());
        }
        long organisationId = found.lookup().organisationId();
        jdbc.sql("update organisation_invitation set accepted_at = ?, accepted_by = ? where id = ?")
                .params(Timestamp.from(clock.instant()), person.userId(), found.invitationId()).update();
        network.addMember(organisationId, person.userId(), OrganisationMember.MEMBER);
        accounts.grantPartnerRole(person.userId(), found.invitedBy(), "organisation:" + organisationId);
        audit.record(person.userId(), null, "organisation.invitationAccepted", "organisation:" + organisationId,
                Map.of("invitationId", found.invitationId()));
        return organisationId;
    }

    private record Found(long invitationId, String invitedBy, Lookup lookup) {
    }

    private Optional<Found> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("select i.id, i.invited_by, i.expires_at, i.accepted_at, i.cancelled_at, o.id, o.name, "
                        + "o.status from organisation_invitation i join organisation o on o.id = i.organisation_id "
                        + "where i.token_hash = ?")
                .param(OrganisationAdministration.hash(token.strip()))
                .query((rs, row) -> {
                    State state = rs.getTimestamp(4) != null ? State.USED
                            : rs.getTimestamp(5) != null ? State.CANCELLED
                            : !rs.getTimestamp(3).toInstant().isAfter(now) ? State.EXPIRED
                            : OrganisationStatus.ACTIVE.code().equals(rs.getString(8)) ? State.OPEN
                            : State.CANCELLED;
                    return new Found(rs.getLong(1), rs.getString(2), new Lookup(state, rs.getLong(6),
                            rs.getString(7)));
                })
                .optional();
    }

    private static InvalidInputException refusal(State state) {
        return new InvalidInputException(FieldProblem.of("token", "joining.invitation." + state.name().toLowerCase(
                java.util.Locale.ROOT)));
    }
}
