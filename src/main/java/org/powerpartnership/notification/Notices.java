package org.powerpartnership.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what a person is told ({@code notice}): one row per event and recipient, written in the recipient's
 * language, with how it is to be mailed (at once, in the digest, or not) as they chose. The row's key makes telling
 * idempotent: an event handled again (after a crash, on the other node) finds its notice recorded and adds nothing,
 * so nobody is told twice. Once the notice is committed the {@link NoticeMailer} is woken to send it.
 */
@Component
class Notices {

    /** Mail states of a notice. */
    static final String WAITING = "WAITING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String NOT_MAILED = "NOT_MAILED";

    private static final String INSERT = "insert into notice (notice_key, recipient_id, address, language, kind, "
            + "consultation_id, subject, body, link, created_at, delivery, mail_state, attempts, next_attempt_at) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

    private final JdbcClient jdbc;
    private final NoticePreferences preferences;
    private final DigestSchedule digest;
    private final NoticeMailer mailer;
    private final Clock clock;
    /**
     * The insert runs in a savepoint: when another node (or a second run of the listener) recorded the same notice a
     * moment earlier, the duplicate key rolls back the insert only. PostgreSQL would otherwise abort the listener's
     * whole transaction, leaving the event to be handed over again minutes later.
     */
    private final TransactionTemplate savepoint;

    Notices(JdbcClient jdbc, NoticePreferences preferences, DigestSchedule digest, NoticeMailer mailer, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.preferences = preferences;
        this.digest = digest;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Tells one person about one event, unless they were told already.
     *
     * @param key     what happened, unique per event (the recipient is added to it)
     * @param link    the path of our page the notice leads to (starting with a slash), or null
     * @param wording the subject and text in a given language
     * @return true when the notice is new
     */
    @Transactional
    boolean tell(Recipient to, NoticeKind kind, String key, Long consultationId, String link,
                 Function<Locale, MailText> wording) {
        String noticeKey = key + ">" + to.id();
        if (recorded(noticeKey)) {
            return false;
        }
        MailText text = wording.apply(to.locale());
        MailChoice choice = to.hasAccount() ? preferences.choiceOf(to.id(), kind) : MailChoice.AT_ONCE;
        Instant now = clock.instant();
        Instant firstAttempt = switch (choice) {
            case AT_ONCE -> now;
            case DIGEST -> digest.next();
            case NONE -> null;
        };
        try {
            savepoint.executeWithoutResult(status -> jdbc.sql(INSERT)
                    .params(noticeKey, to.id(), to.address(), to.language(), kind.name(), consultationId,
                            text.subject(), text.body(), link, Timestamp.from(now), choice.name(),
                            choice == MailChoice.NONE ? NOT_MAILED : WAITING,
                            firstAttempt == null ? null : Timestamp.from(firstAttempt))
                    .update());
        } catch (DuplicateKeyException toldByAnotherNodeMeanwhile) {
            return false;
        }
        if (choice == MailChoice.AT_ONCE) {
            mailer.wakeAfterCommit();
        }
        return true;
    }

    private boolean recorded(String noticeKey) {
        return jdbc.sql("select count(*) from notice where notice_key = ?").param(noticeKey)
                .query(Integer.class).single() > 0;
    }
}
