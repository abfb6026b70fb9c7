package org.powerpartnership.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails waiting to be tried again ({@code mail_outbox}). The pause doubles after each failure, from one minute up to
 * four hours, and the mail is given up after {@link #MAX_ATTEMPTS} (about eight hours in all). Several application
 * nodes may share the table: a node claims a due mail by moving its next attempt forward in one conditional update,
 * so only one of them sends it.
 */
@Component
class MailOutbox {

    static final int MAX_ATTEMPTS = 10;
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(4);
    /** How long a claimed mail is left to its node before another node may try it (a node that died mid-send). */
    private static final Duration CLAIM = Duration.ofMinutes(10);
    private static final int ERROR_LENGTH = 1000;

    /** A mail claimed for one more attempt; {@code attempts} counts the ones before it. */
    record Waiting(long id, Mail mail, int attempts) {
    }

    private static final String COLUMNS = "id, recipient_id, recipient, subject, body, attempts";
    private static final RowMapper<Waiting> WAITING = (rs, row) -> new Waiting(rs.getLong("id"),
            new Mail(rs.getString("recipient_id"), rs.getString("recipient"), rs.getString("subject"),
                    rs.getString("body")),
            rs.getInt("attempts"));

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps a mail whose first attempt failed, to be tried again after the first pause. */
    void keep(Mail mail, String error) {
        Instant now = clock.instant();
        jdbc.sql("insert into mail_outbox (recipient_id, recipient, subject, body, attempts, next_attempt_at, "
                        + "last_error, created_at) values (?, ?, ?, ?, 1, ?, ?, ?)")
                .params(mail.recipientId(), mail.to(), mail.subject(), mail.body(),
                        Timestamp.from(now.plus(pause(1))), shorten(error), Timestamp.from(now))
                .update();
    }

    /** Due mails, oldest first, each claimed by this node (a mail another node claimed first is left out). */
    List<Waiting> claimDue(int max) {
        Instant now = clock.instant();
        record Due(Waiting waiting, Timestamp nextAttemptAt) {
        }
        List<Due> due = jdbc.sql("select " + COLUMNS + ", next_attempt_at from mail_outbox "
                        + "where next_attempt_at <= ? order by next_attempt_at, id limit ?")
                .params(Timestamp.from(now), max)
                .query((rs, row) -> new Due(WAITING.mapRow(rs, row), rs.getTimestamp("next_attempt_at")))
                .list();
        return due.stream().filter(one -> claim(one.waiting().id(), one.nextAttemptAt(), now))
                .map(Due::waiting).toList();
    }

    void sent(Waiting waiting) {
        delete(waiting);
    }

    /** Counts one more failure; returns false when that was the last attempt and the mail is given up. */
    boolean failedAgain(Waiting waiting, String error) {
        int attempts = waiting.attempts() + 1;
        if (attempts >= MAX_ATTEMPTS) {
            delete(waiting);
            return false;
        }
        jdbc.sql("update mail_outbox set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?")
                .params(attempts, Timestamp.from(clock.instant().plus(pause(attempts))), shorten(error), waiting.id())
                .update();
        return true;
    }

    /** Mails waiting for one person (for "My data"), oldest first. */
    List<Waiting> waitingFor(String recipientId) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox where recipient_id = ? order by id")
                .param(recipientId).query(WAITING).list();
    }

    void eraseFor(String recipientId) {
        jdbc.sql("delete from mail_outbox where recipient_id = ?").param(recipientId).update();
    }

    /** The pause after the given number of failed attempts: 1, 2, 4 … minutes, at most four hours. */
    static Duration pause(int failedAttempts) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private void delete(Waiting waiting) {
        jdbc.sql("delete from mail_outbox where id = ?").param(waiting.id()).update();
    }

    private boolean claim(long id, Timestamp seenDue, Instant now) {
        return jdbc.sql("update mail_outbox set next_attempt_at = ? where id = ? and next_attempt_at = ?")
                .params(Timestamp.from(now.plus(CLAIM)), id, seenDue).update() == 1;
    }

    private static String shorten(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
    }
}
