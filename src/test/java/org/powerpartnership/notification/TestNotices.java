package org.powerpartnership.notification;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells test accounts things through the real {@link Notices}, for the tests of the screens that show them. */
@Component
public class TestNotices {

    private final Notices notices;
    private final Recipients recipients;
    private final NoticePreferences preferences;
    private final JdbcClient jdbc;

    TestNotices(Notices notices, Recipients recipients, NoticePreferences preferences, JdbcClient jdbc) {
        this.notices = notices;
        this.recipients = recipients;
        this.preferences = preferences;
        this.jdbc = jdbc;
    }

    /** One notice (a stage decided) for an account, mailed at once; returns its id. */
    public long tell(String userId, String subject, String text, String link) {
        String key = "test:" + UUID.randomUUID();
        notices.tell(recipients.account(userId).orElseThrow(), NoticeKind.STAGE_DECIDED, key, null, link,
                language -> new MailText(subject, text));
        return jdbc.sql("select id from notice where notice_key = ?").param(key + ">" + userId)
                .query(Long.class).single();
    }

    /** The account will not be mailed notices of the kind {@link #tell} uses (they still appear in the list). */
    public void noMail(String userId) {
        preferences.choose(userId, NoticeKind.STAGE_DECIDED, MailChoice.NONE);
    }

    /** Marks a notice as given up on after every attempt, as the mailer does when the server keeps refusing. */
    public void failed(long noticeId, String error) {
        jdbc.sql("update notice set mail_state = ?, attempts = ?, last_error = ?, next_attempt_at = null where id = ?")
                .params(Notices.FAILED, MailOutbox.MAX_ATTEMPTS, error, noticeId).update();
    }

    public String mailState(long noticeId) {
        return jdbc.sql("select mail_state from notice where id = ?").param(noticeId).query(String.class).single();
    }
}
