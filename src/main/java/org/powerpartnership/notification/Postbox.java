package org.powerpartnership.notification;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends mails through SMTP, or writes them to the log when delivery is {@code log}. Mails leave from one background
 * thread, in the order posted: the person whose click caused them (an officer submitting a stage, which mails the
 * whole panel) never waits for a mail server. A mail that cannot be sent goes to the {@link MailOutbox} and is tried
 * again, with growing pauses, by {@link #retryWaiting()}; the change that caused it has already happened, and nobody
 * is told it did not. On shutdown, mails already posted still leave. Between being posted and a first failure a mail
 * lives in memory only: a crash in that moment loses it.
 */
@Component
class Postbox implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Postbox.class);

    /** How many waiting mails one retry round tries. */
    private static final int RETRY_BATCH = 100;

    private final MailSettings settings;
    private final Optional<JavaMailSender> sender;
    private final MailOutbox waiting;
    private final MailFormat format;
    private final ExecutorService outbox = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "mail-out");
        thread.setDaemon(true);
        return thread;
    });
    /** Counts mails posted and not yet handed over, so shutdown and tests can wait for them. */
    private final Phaser pending = new Phaser(1);

    Postbox(MailSettings settings, Optional<JavaMailSender> sender, MailOutbox waiting, MailFormat format) {
        this.settings = settings;
        this.sender = sender;
        this.waiting = waiting;
        this.format = format;
    }

    void post(Mail mail) {
        enqueue(() -> deliver(mail));
    }

    /**
     * Runs the writing of mails (looking up who to tell and what to say, then posting) on the mail thread as well,
     * so even those reads stay off the path of the change that caused them.
     */
    void compose(Runnable writing) {
        enqueue(writing);
    }

    private void enqueue(Runnable work) {
        pending.register();
        outbox.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException failed) {
                LOG.warn("Could not write a mail: {}", failed.toString());
            } finally {
                pending.arriveAndDeregister();
            }
        });
    }

    /** Waits until every mail posted so far has been sent, logged or given up on. */
    void awaitDelivered(Duration patience) throws TimeoutException, InterruptedException {
        pending.awaitAdvanceInterruptibly(pending.arrive(), patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void deliver(Mail mail) {
        if (!settings.sends() || sender.isEmpty()) {
            LOG.info("Mail (not sent: delivery is {}) to {}: {}\n{}", settings.delivery(), mail.to(), mail.subject(),
                    mail.body());
            return;
        }
        try {
            send(mail);
        } catch (MailException failed) {
            LOG.warn("Could not send mail to {} ({}), will try again: {}", mail.to(), mail.subject(),
                    failed.getMessage());
            waiting.keep(mail, failed.getMessage());
        }
    }

    /** Tries the mails whose pause is over, on the mail thread, after anything posted before. */
    @Scheduled(initialDelayString = "${powerpartnership.mail.retry-every:PT1M}",
            fixedDelayString = "${powerpartnership.mail.retry-every:PT1M}")
    void retryWaiting() {
        if (!settings.sends() || sender.isEmpty()) {
            return;
        }
        enqueue(() -> {
            for (MailOutbox.Waiting mail : waiting.claimDue(RETRY_BATCH)) {
                try {
                    send(mail.mail());
                    waiting.sent(mail);
                } catch (MailException failed) {
                    if (!waiting.failedAgain(mail, failed.getMessage())) {
                        LOG.error("Gave up sending mail to {} ({}) after {} attempts: {}", mail.mail().to(),
                                mail.mail().subject(), MailOutbox.MAX_ATTEMPTS, failed.getMessage());
                    }
                }
            }
        });
    }

    /**
     * Sends one mail now, on the calling thread (the mail thread), or writes it to the log when delivery is
     * {@code log}; a failure is the caller's to keep and retry.
     */
    void transmit(Mail mail) {
        if (!settings.sends() || sender.isEmpty()) {
            LOG.info("Mail (not sent: delivery is {}) to {}: {}\n{}", settings.delivery(), mail.to(), mail.subject(),
                    mail.body());
            return;
        }
        send(mail);
    }

    private void send(Mail mail) {
        MimeMessage message = sender.get().createMimeMessage();
        try {
            format.write(mail, message);
        } catch (MessagingException unwritable) {
            throw new MailPreparationException(unwritable);
        }
        sender.get().send(message);
    }

    @Override
    public void destroy() throws InterruptedException {
        outbox.shutdown();
        if (!outbox.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Mails still waiting to be sent at shutdown were dropped");
            outbox.shutdownNow();
        }
    }
}
