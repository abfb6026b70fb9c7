package org.powerpartnership.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing. Every attempt is counted, in its own committed transaction, BEFORE its password is
 * checked: concurrent guesses queue on the counter's row, so however many arrive at once, at most the free attempts
 * of wrong passwords get checked before the lock (a right one gives its place back once it is known to be right).
 * After that the wait doubles with each further attempt up to a ceiling.
 * Two counters: one per account (keyed by what the person typed, so unknown emails are throttled like known ones)
 * and a more generous one per client address, which a success does not clear, so nobody can reset it by signing
 * into an account of their own. Kept in the database so every node sees the same counts.
 */
@Component
class SignInThrottle {

    /** Attempts older than this are forgotten. */
    private static final Duration MEMORY = Duration.ofHours(1);
    /** Longest key the table holds; longer input is hashed so a very long "email" cannot break sign-in. */
    private static final int MAX_KEY = 254;
    private static final String ACCOUNT = "account:";
    private static final String CLIENT = "client:";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInThrottleProperties settings;
    private final TransactionTemplate ownTransaction;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInThrottleProperties settings,
                   PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An attempt that was let through: its password may now be checked. */
    record Attempt(String accountKey, String clientKey) {
    }

    /**
     * Counts an attempt to sign in as {@code typed} from {@code clientAddress} (null when unknown), or refuses it
     * while the account or the client is locked. Committed before returning, so concurrent attempts see it.
     *
     * @throws SignInLockedException saying how long to wait; the password must then not be checked
     */
    Attempt admit(String typed, String clientAddress) {
        String accountKey = accountKey(typed);
        String clientKey = clientAddress == null || clientAddress.isBlank() ? null : key(CLIENT, clientAddress);
        // Rows exist before they are locked: an insert that loses a race would abort a PostgreSQL transaction.
        if (clientKey != null) {
            ensureRow(clientKey);
        }
        ensureRow(accountKey);
        Optional<Duration> refused = ownTransaction.execute(status -> {
            Instant now = clock.instant();
            // Always the client's row before the account's: every attempt takes them in this order, so none deadlock.
            Optional<Counter> client = clientKey == null ? Optional.empty() : lockRow(clientKey);
            Optional<Counter> account = lockRow(accountKey);
            Optional<Duration> wait = client.flatMap(counter -> counter.remainingLock(now))
                    .or(() -> account.flatMap(counter -> counter.remainingLock(now)));
            if (wait.isPresent()) {
                return wait;
            }
            client.ifPresent(counter -> count(clientKey, counter, now, settings.clientFreeAttempts()));
            account.ifPresent(counter -> count(accountKey, counter, now, settings.freeAttempts()));
            return Optional.<Duration>empty();
        });
        refused.ifPresent(wait -> {
            throw new SignInLockedException(wait);
        });
        return new Attempt(accountKey, clientKey);
    }

    /**
     * The attempt's password was right: it gives back its own place on both counters, so signing in again and again
     * (HTTP Basic sends the password with every request) never adds up to a lock. The account's earlier wrong
     * attempts are forgotten one first lock from now rather than at once: clearing them now would give a burst of
     * guesses racing a right one a fresh set of free attempts, and a lock that burst set stays until it ends.
     * The client's count keeps its wrong attempts, so signing into one's own account resets nothing there.
     */
    void succeeded(Attempt attempt) {
        ownTransaction.executeWithoutResult(status -> {
            Instant forgetFrom = clock.instant().minus(MEMORY).plus(settings.firstLock());
            if (attempt.clientKey() != null) {
                giveBackPlace(attempt.clientKey(), null);
            }
            giveBackPlace(attempt.accountKey(), forgetFrom);
        });
    }

    private void giveBackPlace(String key, Instant forgetFrom) {
        lockRow(key).ifPresent(counter -> {
            Instant firstAt = forgetFrom != null && counter.firstAt().isAfter(forgetFrom) ? forgetFrom
                    : counter.firstAt();
            jdbc.sql("update sign_in_throttle set failures = ?, first_failure_at = ? where account_key = ?")
                    .params(Math.max(0, counter.attempts() - 1), Timestamp.from(firstAt), key).update();
        });
    }

    /** The key of an account's counter, from what was typed as its email. */
    static String accountKey(String typed) {
        return key(ACCOUNT, AccountService.normalise(typed));
    }

    /**
     * When the lock set at the given count ends: none before the free attempts are used up; from the attempt that
     * uses the last of them, the first lock, doubling with each further attempt up to the longest lock.
     */
    static Optional<Duration> lockAfter(int attempts, int freeAttempts, SignInThrottleProperties settings) {
        int beyondFree = attempts - freeAttempts;
        if (beyondFree < 0) {
            return Optional.empty();
        }
        Duration lock = settings.firstLock().multipliedBy(1L << Math.min(beyondFree, 20));
        return Optional.of(lock.compareTo(settings.maxLock()) > 0 ? settings.maxLock() : lock);
    }

    private void count(String key, Counter counter, Instant now, int freeAttempts) {
        boolean forgotten = counter.firstAt().isBefore(now.minus(MEMORY));
        int attempts = forgotten ? 1 : counter.attempts() + 1;
        Instant firstAt = forgotten ? now : counter.firstAt();
        Timestamp lockedUntil = lockAfter(attempts, freeAttempts, settings)
                .map(lock -> Timestamp.from(now.plus(lock))).orElse(null);
        jdbc.sql("update sign_in_throttle set failures = ?, first_failure_at = ?, locked_until = ? "
                        + "where account_key = ?")
                .params(attempts, Timestamp.from(firstAt), lockedUntil, key).update();
    }

    private Optional<Counter> lockRow(String key) {
        return jdbc.sql("select failures, first_failure_at, locked_until from sign_in_throttle "
                        + "where account_key = ? for update")
                .param(key)
                .query((rs, row) -> new Counter(rs.getInt(1), rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getTimestamp(3)).map(Timestamp::toInstant).orElse(null)))
                .optional();
    }

    private void ensureRow(String key) {
        ownTransaction.executeWithoutResult(status -> {
            boolean exists = jdbc.sql("select count(*) from sign_in_throttle where account_key = ?").param(key)
                    .query(Long.class).single() > 0;
            if (!exists) {
                try {
                    jdbc.sql("insert into sign_in_throttle (account_key, failures, first_failure_at) values (?, 0, ?)")
                            .params(key, Timestamp.from(clock.instant())).update();
                } catch (DuplicateKeyException concurrentAttempt) {
                    // another attempt (perhaps on another node) made the row at the same moment: it is there now
                    status.setRollbackOnly();
                }
            }
        });
    }

    private static String key(String kind, String value) {
        if (kind.length() + value.length() <= MAX_KEY) {
            return kind + value;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return kind + "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * A row of {@code sign_in_throttle}: its {@code failures} column now holds the attempts not given back by a right
     * password (counted before the check, so a wrong one is already in it while its password is being checked).
     */
    private record Counter(int attempts, Instant firstAt, Instant lockedUntil) {

        Optional<Duration> remainingLock(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now)
                    ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
        }
    }
}
