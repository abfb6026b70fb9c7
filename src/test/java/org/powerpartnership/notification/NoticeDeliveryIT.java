package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.GateOpened;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Never lost, never twice: an event whose listeners died with their node is told once when it is handed over again
 * (what a restart or the other node does); a notice a stopped node had claimed is sent by another once the claim
 * lapses; a mail server that refuses a notice gets it again after a doubling pause, and an admin sees it failed after
 * the last attempt. Real engine, real registry, real SMTP (GreenMail and a closed port).
 */
@IntegrationTest
class NoticeDeliveryIT {

    @Autowired
    Cycle cycle;
    @Autowired
    SignOffService signOff;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MailsSettle settle;
    @Autowired
    @Qualifier(NotificationScheduling.LISTENER_THREADS)
    ThreadPoolTaskExecutor listenerThreads;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    Notices notices;
    @Autowired
    PanelNotifications panelNotifications;
    @Autowired
    NoticeMailer mailer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EngineTime time;
    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Recipients recipients;
    @Autowired
    MailFormat format;
    @Autowired
    MailFooter footer;
    @Autowired
    java.time.Clock clock;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void an_event_whose_listeners_died_with_their_node_is_told_once_when_it_is_handed_over_again() throws Exception {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        settle.await(Duration.ofSeconds(30));

        // The node is about to stop: its listener threads are busy, so the gate's listeners wait in memory ...
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(listenerThreads.getMaxPoolSize());
        for (int thread = 0; thread < listenerThreads.getMaxPoolSize(); thread++) {
            listenerThreads.execute(() -> {
                busy.countDown();
                awaitQuietly(stop);
            });
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        transactions.executeWithoutResult(status ->
                signOff.open(consultation.id(), StageKey.EARLY_ENGAGEMENT, consultation.processInstanceId()));
        // ... and are gone with it: the change is committed, nobody has been told.
        assertThat(listenerThreads.getThreadPoolExecutor().getQueue()).isNotEmpty();
        listenerThreads.getThreadPoolExecutor().getQueue().clear();
        stop.countDown();
        assertThat(outstandingEvents()).isPositive();
        assertThat(gateNotices(consultation)).isZero();
        for (SignedInUser member : cast.panel()) {
            assertThat(TestMailServer.to(member.email())).isEmpty();
        }

        // A restart (or the other node, once the event is old enough) hands the stored event over again.
        incomplete.resubmitIncompletePublications(publication -> true);
        settle.await(Duration.ofSeconds(30));
        for (SignedInUser member : cast.panel()) {
            assertThat(TestMailServer.to(member.email())).extracting(TestMailServer::subject)
                    .as("mails to %s", member.email()).singleElement()
                    .satisfies(subject -> assertThat(subject).startsWith("Please sign off: 1. Early engagement"));
        }

        // Handled once more (both nodes got there, or a listener retried after its notice was written): nobody is
        // told twice.
        var gate = signOff.gatesOf(consultation.id()).get(0);
        panelNotifications.gateOpened(new GateOpened(gate.id(), consultation.id(), gate.stage().name(),
                cast.panel().stream().map(SignedInUser::userId).toList()));
        settle.await(Duration.ofSeconds(30));
        for (SignedInUser member : cast.panel()) {
            assertThat(TestMailServer.to(member.email())).as("mails to %s", member.email()).hasSize(1);
        }
        assertThat(outstandingEvents()).isZero();
    }

    @Test
    void a_notice_claimed_by_a_node_that_stopped_is_sent_by_another_once_the_claim_lapses_and_only_once() {
        SignedInUser person = cycle.cast(1).lead();
        settle.await(Duration.ofSeconds(30));
        String key = "test-claimed:" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            tell(person, key, "Your task is waiting");
            // The node that recorded it claimed it for sending and stopped before it sent anything.
            jdbc.sql("update notice set next_attempt_at = ? where notice_key like ?")
                    .params(Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))), key + ">%").update();
        });
        settle.await(Duration.ofSeconds(20));
        assertThat(TestMailServer.to(person.email())).isEmpty();

        time.pass(Duration.ofMinutes(11));
        mailer.sendDue();
        mailer.sendDue();
        assertThat(TestMailServer.to(person.email())).extracting(TestMailServer::subject)
                .containsExactly("Your task is waiting");
        assertThat(mailState(key)).isEqualTo(Notices.SENT);
    }

    @Test
    void a_notice_the_mail_server_refused_is_sent_after_its_pause_and_marked_failed_after_the_last_attempt()
            throws Exception {
        SignedInUser person = cycle.cast(1).lead();
        settle.await(Duration.ofSeconds(30));
        Postbox serverDown = new Postbox(settings, Optional.of(unreachableServer()), outbox, format);
        NoticeMailer failing = new NoticeMailer(jdbc, serverDown, recipients, footer, clock);

        String retried = "test-retried:" + UUID.randomUUID();
        recordClaimed(person, retried, "Sent on the second attempt");
        time.pass(Duration.ofMinutes(11));
        failing.sendDue();
        assertThat(mailState(retried)).isEqualTo(Notices.WAITING);
        mailer.sendDue();
        assertThat(TestMailServer.to(person.email())).as("not before its pause is over").isEmpty();
        time.pass(Duration.ofMinutes(1).plusSeconds(1));
        mailer.sendDue();
        assertThat(TestMailServer.to(person.email())).extracting(TestMailServer::subject)
                .containsExactly("Sent on the second attempt");

        String givenUp = "test-given-up:" + UUID.randomUUID();
        recordClaimed(person, givenUp, "Never sent");
        time.pass(Duration.ofMinutes(11));
        for (int attempt = 1; attempt <= MailOutbox.MAX_ATTEMPTS; attempt++) {
            assertThat(mailState(givenUp)).as("before attempt %d", attempt).isEqualTo(Notices.WAITING);
            failing.sendDue();
            time.pass(MailOutbox.pause(attempt).plusSeconds(1));
        }
        assertThat(mailState(givenUp)).isEqualTo(Notices.FAILED);
        mailer.sendDue();
        assertThat(TestMailServer.to(person.email())).hasSize(1);
        serverDown.destroy();
    }

    private void recordClaimed(SignedInUser person, String key, String subject) {
        transactions.executeWithoutResult(status -> {
            tell(person, key, subject);
            jdbc.sql("update notice set next_attempt_at = ? where notice_key like ?")
                    .params(Timestamp.from(clock.instant().plus(Duration.ofMinutes(10))), key + ">%").update();
        });
        settle.await(Duration.ofSeconds(20));
    }

    private void tell(SignedInUser person, String key, String subject) {
        notices.tell(Recipient.account(person.userId(), "en"), NoticeKind.REMINDER, key, null, "/work",
                language -> new MailText(subject, "Dear " + person.displayName()));
    }

    private String mailState(String key) {
        return jdbc.sql("select mail_state from notice where notice_key like ?").param(key + ">%")
                .query(String.class).single();
    }

    private long outstandingEvents() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class).single();
    }

    private long gateNotices(Consultation consultation) {
        return jdbc.sql("select count(*) from notice where consultation_id = ? and notice_key like 'gate-opened:%'")
                .param(consultation.id()).query(Long.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An SMTP address nobody listens on: a port this machine just gave out and closed again. */
    private static JavaMailSender unreachableServer() throws IOException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return sender;
    }
}
