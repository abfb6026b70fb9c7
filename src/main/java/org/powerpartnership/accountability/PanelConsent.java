package org.powerpartnership.accountability;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose name the public record may print. Panel members who sit as residents are named only if they said yes;
 * members who sit in a public capacity (councillors, VCS representatives: panel members without the resident role)
 * are named. Everyone else on the record (the council team, the sponsor) speaks for the council and is named by
 * role only.
 */
@Service
public class PanelConsent {

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    PanelConsent(JdbcClient jdbc, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A panel member's answer: may the public record show their name? */
    @Transactional
    public void decide(SignedInUser member, boolean showName) {
        if (!member.hasRole(Roles.PANEL)) {
            throw new AccessDeniedException(member.userId() + " is not a panel member");
        }
        int updated = jdbc.sql("update panel_member_consent set show_name = ?, decided_at = ? where user_id = ?")
                .params(showName, Timestamp.from(clock.instant()), member.userId()).update();
        if (updated == 0) {
            jdbc.sql("insert into panel_member_consent (user_id, show_name, decided_at) values (?, ?, ?)")
                    .params(member.userId(), showName, Timestamp.from(clock.instant())).update();
        }
        audit.record(member.userId(), null, showName ? "consent.nameShown" : "consent.nameWithheld",
                "person:" + member.userId(), Map.of());
    }

    /** What the member said, if they said anything. */
    @Transactional(readOnly = true)
    public Optional<Boolean> decisionOf(String userId) {
        return jdbc.sql("select show_name from panel_member_consent where user_id = ?").param(userId)
                .query(Boolean.class).optional();
    }

    /** Whether the member sits as a resident (and so is named only with consent). */
    @Transactional(readOnly = true)
    public boolean sitsAsResident(String userId) {
        // An erased account has no roles and no profile: publicName finds no name to show either way.
        return accounts.rolesOf(userId).contains(Roles.RESIDENT);
    }

    /** The name the public record shows for a panel member, or empty for "a resident panel member". */
    @Transactional(readOnly = true)
    public Optional<String> publicName(String userId) {
        if (sitsAsResident(userId) && !decisionOf(userId).orElse(false)) {
            return Optional.empty();
        }
        return accounts.person(userId).map(Person::displayName);
    }
}
