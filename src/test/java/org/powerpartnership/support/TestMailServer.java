package org.powerpartnership.support;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) for the integration tests, started before the one Spring context on a free port of
 * this machine (two builds at once never collide), and named to the context as {@code spring.mail.port}. Mail
 * delivery is {@code smtp} in tests (application-test.yaml), so every notification really goes over SMTP. Tests read
 * what arrived with {@link #to(String)}; messages are never purged, so tests look only at their own recipients.
 */
public class TestMailServer implements EnvironmentPostProcessor {

    private static GreenMail server;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(profiles -> profiles.test("test"))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("pp-test-mail",
                Map.of("spring.mail.port", start().getSmtp().getPort())));
    }

    /** The server, started on first use. */
    public static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Every message that has arrived for one address, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(start().getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    /**
     * Waits (mails leave in the background) until at least {@code count} messages have arrived for an address, at
     * most 20 seconds, and returns them all, oldest first.
     */
    public static List<MimeMessage> awaitTo(String address, int count) {
        long until = System.currentTimeMillis() + 20_000;
        while (to(address).size() < count && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return to(address);
    }

    /** The path of the first link to one of our pages under {@code pathPrefix} in a message, e.g. "/verify-email/x". */
    public static String linkPath(MimeMessage message, String pathPrefix) {
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("https?://[^/\\s]+(" + java.util.regex.Pattern.quote(pathPrefix) + "[^\\s]*)")
                .matcher(body(message));
        if (!link.find()) {
            throw new AssertionError("No link to " + pathPrefix + " in: " + body(message));
        }
        return link.group(1);
    }

    /** The subject and plain-text body of a message. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part of a message (every mail is multipart/alternative: plain text and an HTML copy). */
    public static String body(MimeMessage message) {
        return part(message, "text/plain").orElseThrow(() -> new AssertionError("No text/plain part"));
    }

    /** The HTML copy of a message. */
    public static String html(MimeMessage message) {
        return part(message, "text/html").orElseThrow(() -> new AssertionError("No text/html part"));
    }

    /** One header of a message, or null when it has none. */
    public static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ", ");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Optional<String> part(jakarta.mail.Part part, String type) {
        try {
            Object content = part.getContent();
            if (content instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    var found = part(multipart.getBodyPart(i), type);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return java.util.Optional.empty();
            }
            return part.isMimeType(type) && content instanceof String text
                    ? java.util.Optional.of(text.replace("\r\n", "\n")) : java.util.Optional.empty();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients)
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
