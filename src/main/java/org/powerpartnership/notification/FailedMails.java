package org.powerpartnership.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For admins: the notices whose mail the {@link NoticeMailer} gave up on, and sending one again. Only admins may
 * look, whoever calls: the list carries people's names and addresses.
 */
@Service
public class FailedMails {

    /** The most shown at once; a mail server down for a day fails many, and the newest matter most. */
    static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final NoticeMailer mailer;
    private final CurrentUser currentUser;
    private final Clock clock;

    FailedMails(JdbcClient jdbc, Recipients recipients, NoticeMailer mailer, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.mailer = mailer;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Failed mails, newest first. */
    @Transactional(readOnly = true)
    public List<FailedMail> list() {
        currentUser.requireAnyRole(Roles.ADMIN);
        record Row(long id, String recipientId, String address, String subject, int attempts, String error,
                   Timestamp createdAt) {
        }
        return jdbc.sql("select id, recipient_id, address, subject, attempts, last_error, created_at from notice "
                        + "where mail_state = ? order by created_at desc, id desc limit ?")
                .params(Notices.FAILED, LIMIT)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6), rs.getTimestamp(7)))
                .list().stream()
                .map(row -> new FailedMail(row.id(), recipientOf(row.recipientId(), row.address()), row.subject(),
                        row.attempts(), row.error() == null ? "" : row.error(), row.createdAt().toInstant()))
                .toList();
    }

    /**
     * Puts a failed mail back to be sent at once, with a fresh count of attempts, and wakes the mailer after the
     * commit. Only a mail still failed is changed, so a second click (or a second admin) does nothing more.
     * A notice meant for the digest is sent on its own: the digest it missed has gone.
     *
     * @return true when this call put it back
     */
    @Transactional
    public boolean sendAgain(long noticeId) {
        currentUser.requireAnyRole(Roles.ADMIN);
        boolean putBack = jdbc.sql("update notice set mail_state = ?, delivery = ?, attempts = 0, last_error = null, "
                        + "next_attempt_at = ? where id = ? and mail_state = ?")
                .params(Notices.WAITING, MailChoice.AT_ONCE.name(), Timestamp.from(clock.instant()), noticeId,
                        Notices.FAILED)
                .update() == 1;
        if (putBack) {
            mailer.wakeAfterCommit();
        }
        return putBack;
    }

    /** A name for an account, the address for someone who gave only that. */
    private String recipientOf(String recipientId, String address) {
        if (address != null) {
            return address;
        }
        String name = recipients.nameOf(recipientId);
        return name.isBlank() ? recipients.addressOf(recipientId).orElse("") : name;
    }
}
