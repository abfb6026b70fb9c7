package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail server that cannot be reached loses no mail: the mail waits in the outbox and leaves once the server is
 * back and its pause is over; after the last attempt it is given up. Real SMTP both ways (a closed port, then
 * GreenMail), the real outbox table, the application's clock moved forward.
 */
@IntegrationTest
class MailRetryIT {

    @Autowired
    MailSettings settings;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JavaMailSender workingServer;
    @Autowired
    EngineTime time;
    @Autowired
    MailFormat format;

    private final String recipientId = "mail-" + UUID.randomUUID().toString().substring(0, 8);
    private final String address = recipientId + "@test.example.org";

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_mail_the_server_could_not_take_waits_and_leaves_when_the_server_is_back_and_its_pause_is_over()
            throws Exception {
        Postbox serverDown = postbox(unreachableServer());
        serverDown.post(new Mail(recipientId, address, "Please sign off: 2. Existing networks", "Dear Sam, ..."));
        serverDown.awaitDelivered(Duration.ofSeconds(20));
        assertThat(outbox.waitingFor(recipientId)).singleElement()
                .satisfies(waiting -> assertThat(waiting.attempts()).isEqualTo(1));
        assertThat(TestMailServer.to(address)).isEmpty();

        Postbox serverBack = postbox(workingServer);
        retry(serverBack);
        assertThat(TestMailServer.to(address)).as("not before its pause is over").isEmpty();
        assertThat(outbox.waitingFor(recipientId)).hasSize(1);

        time.pass(Duration.ofMinutes(2));
        retry(serverBack);
        assertThat(TestMailServer.to(address)).singleElement()
                .satisfies(mail -> assertThat(TestMailServer.subject(mail)).isEqualTo(
                        "Please sign off: 2. Existing networks"));
        assertThat(outbox.waitingFor(recipientId)).isEmpty();

        retry(serverBack);
        assertThat(TestMailServer.to(address)).as("sent once").hasSize(1);
        serverDown.destroy();
        serverBack.destroy();
    }

    @Test
    void a_mail_that_still_cannot_leave_after_the_last_attempt_is_given_up() throws Exception {
        Postbox serverDown = postbox(unreachableServer());
        serverDown.post(new Mail(recipientId, address, "Please sign off", "Dear Sam, ..."));
        serverDown.awaitDelivered(Duration.ofSeconds(20));
        for (int attempt = 2; attempt <= MailOutbox.MAX_ATTEMPTS; attempt++) {
            assertThat(outbox.waitingFor(recipientId)).as("waiting before attempt %d", attempt).hasSize(1);
            time.pass(MailOutbox.pause(attempt - 1).plusSeconds(1));
            retry(serverDown);
        }
        assertThat(outbox.waitingFor(recipientId)).isEmpty();
        assertThat(TestMailServer.to(address)).isEmpty();
        serverDown.destroy();
    }

    @Test
    void pauses_double_from_a_minute_up_to_four_hours() {
        assertThat(MailOutbox.pause(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.pause(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.pause(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(MailOutbox.pause(9)).isEqualTo(Duration.ofHours(4));
    }

    private Postbox postbox(JavaMailSender sender) {
        return new Postbox(settings, Optional.of(sender), outbox, format);
    }

    private static void retry(Postbox postbox) throws Exception {
        postbox.retryWaiting();
        postbox.awaitDelivered(Duration.ofSeconds(20));
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
