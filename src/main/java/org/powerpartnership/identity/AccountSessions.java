package org.powerpartnership.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sessions follow their account, on every node: each request of a signed-in session reads the account as it is now
 * (one query on the identity store, which every node shares) and compares it with what the session holds.
 * The identity store is read rather than a stamp our own code bumps because roles, passwords and users are also
 * changed in Camunda Admin, which knows nothing of our code; what it changes is what is compared.
 * <ul>
 * <li>the account is gone (erased), locked in the identity store, or its password changed since the session began:
 * the session ends, and the request goes on signed out (a screen is sent to sign in, Vaadin reloads a page whose
 * session has ended);</li>
 * <li>only its roles changed: the session takes the new roles at once and goes on. Ending it would sign people out
 * each time they join an organisation; taking the roles before this request is authorised already closes every door
 * a removed role opened.</li>
 * </ul>
 */
@Component
public class AccountSessions {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountSessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an account looks like now, for a session to compare itself with. */
    record AccountNow(String stamp, boolean locked, Set<String> roles) {
    }

    /** A filter for a security chain that keeps sessions, placed after the session's sign-in has been read. */
    public Filter followAccounts() {
        return new FollowAccountFilter(this);
    }

    /** The stamp a session of this account is issued with now; empty if there is no such account. */
    Optional<String> stampOf(String userId) {
        return now(userId).map(AccountNow::stamp);
    }

    /** The account's stamp, whether it is locked, and its roles, in one query; empty once it is erased. */
    Optional<AccountNow> now(String userId) {
        List<Row> rows = jdbc.sql("select u.PWD_, u.SALT_, u.LOCK_EXP_TIME_, m.GROUP_ID_ from ACT_ID_USER u "
                        + "left join ACT_ID_MEMBERSHIP m on m.USER_ID_ = u.ID_ where u.ID_ = ?")
                .param(userId)
                .query((rs, row) -> new Row(rs.getString(1), rs.getString(2), rs.getTimestamp(3), rs.getString(4)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Row first = rows.get(0);
        Set<String> roles = new HashSet<>();
        for (Row row : rows) {
            if (row.group() != null) {
                String role = AccountService.CAMUNDA_ADMIN.equals(row.group()) ? Roles.ADMIN : row.group();
                if (Roles.isRole(role)) {
                    roles.add(role);
                }
            }
        }
        boolean locked = first.lockedUntil() != null && first.lockedUntil().toInstant().isAfter(clock.instant());
        return Optional.of(new AccountNow(stamp(first.passwordHash(), first.salt()), locked, Set.copyOf(roles)));
    }

    /**
     * The session asking keeps working after its person changed their own password: it takes the new stamp, so
     * only their other sessions end.
     */
    void keepCurrentSession(String userId) {
        SecurityContext current = SecurityContextHolder.getContext();
        if (current.getAuthentication() == null
                || !(current.getAuthentication().getPrincipal() instanceof SignedInUser user)
                || !user.userId().equals(userId)) {
            return;
        }
        stampOf(userId).ifPresent(stamp -> replacePrincipal(user.withSessionStamp(stamp), currentRequest()));
    }

    /** The address of the client making the current request, if there is one (no request in jobs and tests). */
    static Optional<String> clientAddress() {
        return currentRequest().map(HttpServletRequest::getRemoteAddr);
    }

    /** Puts the principal into the request's security context and, if it has one, into its session. */
    static void replacePrincipal(SignedInUser user, Optional<HttpServletRequest> request) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.map(r -> r.getSession(false)).ifPresent((HttpSession session) -> session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    /** A digest of the stored hash: it changes with the password, and the session never holds the hash itself. */
    private static String stamp(String passwordHash, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (nullToEmpty(passwordHash) + "\u0000" + nullToEmpty(salt)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private record Row(String passwordHash, String salt, Timestamp lockedUntil, String group) {
    }
}
