package org.powerpartnership.notification;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The daily summary: one mail per person holding every notice they chose to get in the digest, once its time (the
 * {@link DigestSchedule}, on the council's clock) has come. The due notices are streamed from the database in
 * recipient order, a fetch at a time, on a connection of their own, so forty thousand people cost the memory of
 * one round of people's notices. A round's notices are claimed in one conditional update (on another
 * connection, committed at once) before their mails leave, and marked sent in one update after: a second node
 * streaming the same rows finds them claimed and skips them. A node that stops mid-round leaves its claimed notices
 * to be sent again once the claim lapses (at least once, as for notices sent at once). A failed mail is tried
 * again after the doubling pause of {@link MailOutbox}; after the last attempt its notices are marked failed.
 */
@Component
class DigestMailer {

    private static final Logger LOG = LoggerFactory.getLogger(DigestMailer.class);
    static final int FETCH_SIZE = 500;
    /** A person with more due notices than this gets them in several mails, each of bounded size. */
    static final int MOST_PER_MAIL = 100;
    /** How long claimed notices are left to their node before another may send them (a node that died mid-send). */
    private static final Duration CLAIM = Duration.ofMinutes(10);
    /** How many people, or notices, one claim and one mark cover. */
    static final int ROUND_PEOPLE = 50;
    static final int ROUND_NOTICES = 1_000;
    private static final int ERROR_LENGTH = 1000;
    private static final String DUE = "select id, recipient_id, address, language, subject, body, link, attempts "
            + "from notice where mail_state = ? and delivery = ? and next_attempt_at <= ? order by recipient_id, id";

    /** One notice in a digest. */
    record Item(long id, String address, String language, String subject, String body, String link, int attempts) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Postbox postbox;
    private final Recipients recipients;
    private final MailTexts texts;
    private final MailFooter footer;
    private final Clock clock;

    DigestMailer(DataSource dataSource, JdbcClient jdbc, Postbox postbox, Recipients recipients, MailTexts texts,
                 MailFooter footer, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.postbox = postbox;
        this.recipients = recipients;
        this.texts = texts;
        this.footer = footer;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${powerpartnership.notifications.digest-check-every:PT1M}",
            fixedDelayString = "${powerpartnership.notifications.digest-check-every:PT1M}")
    void sendDueRegularly() {
        sendDue();
    }

    /** Sends every digest that is due now; returns how many mails left. */
    int sendDue() {
        Instant now = clock.instant();
        Batcher batcher = new Batcher(now);
        stream(batcher, now);
        batcher.flush();
        return batcher.sent;
    }

    /**
     * Reads the due notices on a connection of their own: PostgreSQL streams a result only inside a transaction, and
     * the claims and marks must not wait for the end of it (they run on other connections, each committed at once).
     */
    private void stream(RowCallbackHandler handler, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                JdbcTemplate streaming = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                streaming.setFetchSize(FETCH_SIZE);
                streaming.query(DUE, handler, Notices.WAITING, MailChoice.DIGEST.name(), Timestamp.from(now));
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failed) {
            throw new DataAccessResourceFailureException("Could not read the due digests", failed);
        }
    }

    /**
     * Gathers consecutive rows of one recipient into their digest, and digests into rounds: a round is claimed in one
     * statement and marked sent in one, so forty thousand people cost two commits per round, not per person.
     */
    private final class Batcher implements RowCallbackHandler {

        private final Instant now;
        private final List<Digest> round = new ArrayList<>();
        private List<Item> items = new ArrayList<>();
        private String recipientId;
        private int roundItems;
        private int sent;

        Batcher(Instant now) {
            this.now = now;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            String recipient = rs.getString("recipient_id");
            if (!recipient.equals(recipientId) || items.size() == MOST_PER_MAIL) {
                endDigest();
                recipientId = recipient;
            }
            items.add(new Item(rs.getLong("id"), rs.getString("address"), rs.getString("language"),
                    rs.getString("subject"), rs.getString("body"), rs.getString("link"), rs.getInt("attempts")));
        }

        private void endDigest() {
            if (!items.isEmpty()) {
                round.add(new Digest(recipientId, items));
                roundItems += items.size();
                items = new ArrayList<>();
            }
            if (round.size() >= ROUND_PEOPLE || roundItems >= ROUND_NOTICES) {
                sendRound();
            }
        }

        void flush() {
            endDigest();
            sendRound();
        }

        private void sendRound() {
            if (round.isEmpty()) {
                return;
            }
            List<Long> ids = round.stream().flatMap(digest -> digest.items().stream()).map(Item::id).toList();
            if (claim(ids, now)) {
                List<Long> mailed = new ArrayList<>();
                for (Digest digest : round) {
                    if (mail(digest.recipientId(), digest.items())) {
                        mailed.addAll(ids(digest.items()));
                        sent++;
                    }
                }
                markSent(mailed);
            }
            round.clear();
            roundItems = 0;
        }
    }

    /** One person's digest. */
    private record Digest(String recipientId, List<Item> items) {
    }

    /**
     * Claims all of a round's notices or none: when not all could be claimed, another node holds some of them. What
     * this node did claim then waits out its claim and goes in a later run; nothing is ever in two mails.
     */
    private boolean claim(List<Long> ids, Instant now) {
        int claimed = jdbc.sql("update notice set next_attempt_at = :until where id in (:ids) and mail_state = :waiting "
                        + "and next_attempt_at <= :now")
                .param("until", Timestamp.from(now.plus(CLAIM))).param("ids", ids)
                .param("waiting", Notices.WAITING).param("now", Timestamp.from(now)).update();
        return claimed == ids.size();
    }

    private void markSent(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notice set mail_state = :sent, mailed_at = :now, attempts = attempts + 1 "
                            + "where id in (:ids)")
                    .param("sent", Notices.SENT).param("now", Timestamp.from(clock.instant())).param("ids", ids)
                    .update();
        }
    }

    /** Sends one digest; true when it left (its notices are then marked sent with the rest of the round). */
    private boolean mail(String recipientId, List<Item> items) {
        Optional<Recipients.Addressee> to = items.get(0).address() != null
                ? Optional.of(new Recipients.Addressee(items.get(0).address(), ""))
                : recipients.addressee(recipientId);
        if (to.isEmpty()) {
            jdbc.sql("update notice set mail_state = :state, next_attempt_at = null where id in (:ids)")
                    .param("state", Notices.NOT_MAILED).param("ids", ids(items)).update();
            return false;
        }
        Locale language = Locale.forLanguageTag(items.get(items.size() - 1).language());
        String token = footer.token(recipientId, UnsubscribeTokens.DIGEST);
        String body = footer.appendTo(body(language, to.get().name(), items), recipientId, UnsubscribeTokens.DIGEST,
                token, language);
        String key = "digest:" + recipientId + ":" + items.get(0).id() + "-" + items.get(items.size() - 1).id();
        try {
            postbox.transmit(new Mail(recipientId, to.get().address(),
                    texts.text(language, "mail.digest.subject", texts.text(language, "app.name"), items.size()),
                    body, key, token));
            return true;
        } catch (MailException failed) {
            failedAttempt(items, failed.getMessage());
            return false;
        }
    }

    private String body(Locale language, String name, List<Item> items) {
        StringBuilder body = new StringBuilder(name.isBlank() ? texts.text(language, "mail.digest.helloAnyone")
                : texts.text(language, "mail.digest.hello", name))
                .append("\n\n").append(texts.text(language, "mail.digest.intro", items.size())).append("\n");
        int number = 0;
        for (Item item : items) {
            body.append("\n==========\n").append(++number).append(". ").append(item.subject()).append("\n\n")
                    .append(item.body().strip()).append("\n");
            if (item.link() != null) {
                body.append("\n").append(texts.text(language, "mail.digest.open", texts.link(item.link())))
                        .append("\n");
            }
        }
        return body.append("\n==========\n\n").append(texts.text(language, "app.name")).toString();
    }

    private void failedAttempt(List<Item> items, String error) {
        int attempts = items.stream().mapToInt(Item::attempts).max().orElse(0) + 1;
        String shortError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts >= MailOutbox.MAX_ATTEMPTS) {
            LOG.error("Gave up mailing a digest of {} notices after {} attempts: {}", items.size(), attempts,
                    shortError);
            jdbc.sql("update notice set mail_state = :failed, attempts = :attempts, last_error = :error, "
                            + "next_attempt_at = null where id in (:ids)")
                    .param("failed", Notices.FAILED).param("attempts", attempts).param("error", shortError)
                    .param("ids", ids(items)).update();
            return;
        }
        LOG.warn("Could not mail a digest of {} notices (attempt {}), will try again: {}", items.size(), attempts,
                shortError);
        jdbc.sql("update notice set attempts = :attempts, last_error = :error, next_attempt_at = :next "
                        + "where id in (:ids)")
                .param("attempts", attempts).param("error", shortError)
                .param("next", Timestamp.from(clock.instant().plus(MailOutbox.pause(attempts))))
                .param("ids", ids(items)).update();
    }

    private static List<Long> ids(List<Item> items) {
        return items.stream().map(Item::id).toList();
    }
}
