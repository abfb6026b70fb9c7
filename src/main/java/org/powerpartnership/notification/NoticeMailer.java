package org.powerpartnership.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails the notices that are due, at least once each: a committed notice waits in its table until it is sent, so a
 * node that stops first leaves it to the next start or to the other node. A node claims a notice by moving its next
 * attempt forward in one conditional update, so two nodes never both send it. A failed attempt is tried again after
 * a pause that doubles from one minute to four hours; after {@link MailOutbox#MAX_ATTEMPTS} the notice is marked
 * failed, for an admin to resend. Work runs on the {@link Postbox}'s thread, never on the path of the change.
 */
@Component
class NoticeMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NoticeMailer.class);
    private static final int BATCH = 100;
    /** How long a claimed notice is left to its node before another may send it (a node that died mid-send). */
    private static final Duration CLAIM = Duration.ofMinutes(10);
    private static final int ERROR_LENGTH = 1000;

    /** One notice claimed for sending. */
    record Due(long id, String noticeKey, String recipientId, String address, String language, String kind,
               String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final Postbox postbox;
    private final Recipients recipients;
    private final MailFooter footer;
    private final Clock clock;

    NoticeMailer(JdbcClient jdbc, Postbox postbox, Recipients recipients, MailFooter footer, Clock clock) {
        this.jdbc = jdbc;
        this.postbox = postbox;
        this.recipients = recipients;
        this.footer = footer;
        this.clock = clock;
    }

    /** Sends what is due now, on the mail thread. */
    void wake() {
        postbox.compose(this::sendDue);
    }

    /** Wakes the mailer once the current transaction commits (at once when there is none): what it wrote is due. */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Picks up what is due: retries whose pause is over, and notices a stopped node recorded but never sent. */
    @Scheduled(initialDelayString = "${powerpartnership.mail.retry-every:PT1M}",
            fixedDelayString = "${powerpartnership.mail.retry-every:PT1M}")
    void sendDueRegularly() {
        wake();
    }

    void sendDue() {
        List<Due> due;
        do {
            due = claimDue();
            due.forEach(this::send);
        } while (due.size() == BATCH);
    }

    private void send(Due notice) {
        Optional<String> address = notice.address() != null ? Optional.of(notice.address())
                : recipients.addressOf(notice.recipientId());
        if (address.isEmpty()) {
            markNotMailed(notice.id());
            return;
        }
        try {
            String token = footer.token(notice.recipientId(), notice.kind());
            String body = footer.appendTo(notice.body(), notice.recipientId(), notice.kind(), token,
                    Locale.forLanguageTag(notice.language()));
            postbox.transmit(new Mail(notice.recipientId(), address.get(), notice.subject(), body,
                    notice.noticeKey(), token));
            jdbc.sql("update notice set mail_state = ?, mailed_at = ?, attempts = ? where id = ?")
                    .params(Notices.SENT, Timestamp.from(clock.instant()), notice.attempts() + 1, notice.id())
                    .update();
        } catch (MailException failed) {
            failedAttempt(notice, failed.getMessage());
        }
    }

    private void failedAttempt(Due notice, String error) {
        int attempts = notice.attempts() + 1;
        String shortError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts >= MailOutbox.MAX_ATTEMPTS) {
            LOG.error("Gave up mailing notice {} after {} attempts: {}", notice.id(), attempts, shortError);
            jdbc.sql("update notice set mail_state = ?, attempts = ?, last_error = ?, next_attempt_at = null "
                            + "where id = ?")
                    .params(Notices.FAILED, attempts, shortError, notice.id()).update();
            return;
        }
        LOG.warn("Could not mail notice {} (attempt {}), will try again: {}", notice.id(), attempts, shortError);
        jdbc.sql("update notice set attempts = ?, last_error = ?, next_attempt_at = ? where id = ?")
                .params(attempts, shortError, Timestamp.from(clock.instant().plus(MailOutbox.pause(attempts))),
                        notice.id())
                .update();
    }

    private void markNotMailed(long id) {
        jdbc.sql("update notice set mail_state = ?, next_attempt_at = null where id = ?")
                .params(Notices.NOT_MAILED, id).update();
    }

    /** Due notices to be mailed at once, oldest first, each claimed by this node. */
    private List<Due> claimDue() {
        Instant now = clock.instant();
        record Seen(Due due, Timestamp nextAttemptAt) {
        }
        List<Seen> seen = jdbc.sql("select id, notice_key, recipient_id, address, language, kind, subject, body, "
                        + "attempts, next_attempt_at from notice where mail_state = ? and delivery = ? and next_attempt_at <= ? "
                        + "order by next_attempt_at, id limit ?")
                .params(Notices.WAITING, MailChoice.AT_ONCE.name(), Timestamp.from(now), BATCH)
                .query((rs, row) -> new Seen(new Due(rs.getLong("id"), rs.getString("notice_key"),
                        rs.getString("recipient_id"), rs.getString("address"), rs.getString("language"),
                        rs.getString("kind"), rs.getString("subject"),
                        rs.getString("body"), rs.getInt("attempts")), rs.getTimestamp("next_attempt_at")))
                .list();
        return seen.stream().filter(one -> jdbc.sql("update notice set next_attempt_at = ? where id = ? "
                        + "and mail_state = ? and next_attempt_at = ?")
                .params(Timestamp.from(now.plus(CLAIM)), one.due().id(), Notices.WAITING, one.nextAttemptAt())
                .update() == 1).map(Seen::due).toList();
    }
}
