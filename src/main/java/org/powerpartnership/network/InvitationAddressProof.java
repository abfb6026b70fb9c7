package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;

import org.powerpartnership.shared.MailedInvitations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An organisation's invitation, still open, proves the address it was mailed to. */
@Component
class InvitationAddressProof implements MailedInvitations {

    private final JdbcClient jdbc;
    private final Clock clock;

    InvitationAddressProof(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean provesAddress(String invitationToken, String email) {
        if (invitationToken == null || invitationToken.isBlank() || invitationToken.length() > 100 || email == null) {
            return false;
        }
        return jdbc.sql("select count(*) from organisation_invitation where token_hash = ? and email = ? "
                        + "and accepted_at is null and cancelled_at is null and expires_at > ?")
                .params(OrganisationAdministration.hash(invitationToken.strip()), email,
                        Timestamp.from(clock.instant()))
                .query(Long.class).single() > 0;
    }
}
