package org.powerpartnership.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Waits until everything caused so far has been told and mailed: no event publication is waiting for its listener,
 * no notice due at once is waiting, and the mail thread is idle. Listeners run in the background after the commit,
 * so a test that looks at the mail server straight away would see nothing yet.
 */
@Component
public class MailsSettle {

    private final JdbcClient jdbc;
    private final Postbox postbox;
    private final java.time.Clock clock;

    MailsSettle(JdbcClient jdbc, Postbox postbox, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.postbox = postbox;
        this.clock = clock;
    }

    public void await(Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        try {
            while (true) {
                postbox.awaitDelivered(Duration.between(Instant.now(), giveUp).abs());
                long outstanding = jdbc.sql("select count(*) from event_publication where completion_date is null")
                        .query(Long.class).single()
                        + jdbc.sql("select count(*) from notice where mail_state = 'WAITING' and delivery = 'AT_ONCE' "
                                + "and next_attempt_at <= ?").param(java.sql.Timestamp.from(clock.instant()))
                                .query(Long.class).single();
                if (outstanding == 0) {
                    postbox.awaitDelivered(Duration.between(Instant.now(), giveUp).abs());
                    return;
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError(outstanding + " events or notices were still waiting after " + patience);
                }
                Thread.sleep(50);
            }
        } catch (TimeoutException | InterruptedException e) {
            throw new AssertionError("Mails were still waiting to leave after " + patience, e);
        }
    }
}
