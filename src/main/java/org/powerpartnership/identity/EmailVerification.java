package org.powerpartnership.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.powerpartnership.shared.DomainEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Confirming that a self-registered account's address is its owner's: a random link, mailed, that works once and for
 * {@link #LIFETIME}. Until it is opened the account cannot sign in. Only the token's SHA-256 hash is stored.
 */
@Service
public class EmailVerification {

    public static final Duration LIFETIME = Duration.ofHours(24);
    /** A new link for the same account no sooner than this, so the resend form cannot flood someone's inbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

    /** What opening a link did. */
    public enum Outcome { VERIFIED, ALREADY_USED, EXPIRED, UNKNOWN }

    private final JdbcClient jdbc;
    private final PersonRepository people;
    private final DomainEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EmailVerification(JdbcClient jdbc, PersonRepository people, DomainEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a link: the first time within its lifetime it confirms the address; after that it says why not. */
    @Transactional
    public Outcome verify(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Outcome.UNKNOWN;
        }
        // one use: a second click at the same moment waits here, then finds the link used
        Optional<Link> link = jdbc.sql("select user_id, expires_at, used_at from email_verification "
                        + "where token_hash = ? for update")
                .param(hash(token.strip()))
                .query((rs, row) -> new Link(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getTimestamp(3) != null))
                .optional();
        if (link.isEmpty()) {
            return Outcome.UNKNOWN;
        }
        if (link.get().used()) {
            return Outcome.ALREADY_USED;
        }
        Instant now = clock.instant();
        if (!link.get().expiresAt().isAfter(now)) {
            return Outcome.EXPIRED;
        }
        jdbc.sql("update email_verification set used_at = ? where token_hash = ?")
                .params(Timestamp.from(now), hash(token.strip())).update();
        people.markVerified(link.get().userId(), now);
        return Outcome.VERIFIED;
    }

    /**
     * Mails a new link to an address whose account still waits for confirmation. Says nothing either way, so the
     * form that calls it cannot be used to find out which addresses have accounts.
     */
    @Transactional
    public void resend(String email, Locale language) {
        String address = AccountService.normalise(email);
        people.findByEmail(address)
                .filter(person -> people.awaitsVerification(person.userId()))
                .filter(person -> !issuedWithin(person.userId(), RESEND_PAUSE))
                .ifPresent(person -> issue(person, language));
    }

    /** A fresh link for a new account, announced for the mail that carries it. */
    void issue(Person person, Locale language) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        jdbc.sql("insert into email_verification (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(hash(token), person.userId(), Timestamp.from(now), Timestamp.from(now.plus(LIFETIME)))
                .update();
        events.publish(new VerificationLinkIssued(person.userId(), person.email(), person.displayName(), token,
                language.getLanguage()));
    }

    /** Every link of an account that is being discarded. */
    void forget(String userId) {
        jdbc.sql("delete from email_verification where user_id = ?").param(userId).update();
    }

    private boolean issuedWithin(String userId, Duration pause) {
        return jdbc.sql("select count(*) from email_verification where user_id = ? and created_at > ?")
                .params(userId, Timestamp.from(clock.instant().minus(pause))).query(Long.class).single() > 0;
    }

    private record Link(String userId, Instant expiresAt, boolean used) {
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
