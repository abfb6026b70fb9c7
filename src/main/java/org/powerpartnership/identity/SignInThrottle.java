package org.powerpartnership.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a few failures for one account, sign-in is refused for a while, the wait
 * doubling with each further failure up to a ceiling. Kept in the database so every node sees the same count.
 * The key is what the person typed (normalised), so unknown emails are throttled the same way as known ones.
 */
@Component
class SignInThrottle {

    /** Failures older than this are forgotten. */
    private static final Duration MEMORY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInThrottleProperties settings;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInThrottleProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** How long this account must still wait before trying again, if it must. */
    @Transactional(readOnly = true)
    public Optional<Duration> remainingLock(String accountKey) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from sign_in_throttle where account_key = ?")
                .param(accountKey).query(Timestamp.class).optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String accountKey) {
        Instant now = clock.instant();
        Optional<Failures> current = jdbc.sql(
                        "select failures, first_failure_at from sign_in_throttle where account_key = ? for update")
                .param(accountKey)
                .query((rs, row) -> new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()))
                .optional();
        if (current.isEmpty() || current.get().firstAt().isBefore(now.minus(MEMORY))) {
            insertOrRestart(accountKey, now);
            return;
        }
        int failures = current.get().count() + 1;
        jdbc.sql("update sign_in_throttle set failures = ?, locked_until = ? where account_key = ?")
                .params(failures, lockUntil(failures, now), accountKey)
                .update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String accountKey) {
        jdbc.sql("delete from sign_in_throttle where account_key = ?").param(accountKey).update();
    }

    private void insertOrRestart(String accountKey, Instant now) {
        Timestamp lock = lockUntil(1, now);
        int updated = jdbc.sql("update sign_in_throttle set failures = 1, first_failure_at = ?, locked_until = ? "
                        + "where account_key = ?")
                .params(Timestamp.from(now), lock, accountKey).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into sign_in_throttle (account_key, failures, first_failure_at, locked_until) "
                                + "values (?, 1, ?, ?)")
                        .params(accountKey, Timestamp.from(now), lock).update();
            } catch (DuplicateKeyException concurrentFailure) {
                // another node recorded a failure for the same key at the same moment: one failure is enough
            }
        }
    }

    private Timestamp lockUntil(int failures, Instant now) {
        int beyondFree = failures - settings.freeAttempts();
        if (beyondFree < 0) {
            return null;
        }
        Duration lock = settings.firstLock().multipliedBy(1L << Math.min(beyondFree, 20));
        if (lock.compareTo(settings.maxLock()) > 0) {
            lock = settings.maxLock();
        }
        return Timestamp.from(now.plus(lock));
    }

    private record Failures(int count, Instant firstAt) {
    }
}
