package org.powerpartnership.notification;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a mail through SMTP, or writes it to the log when delivery is {@code log}. A failure to send is logged and
 * swallowed: the change that caused the mail has already happened, and nobody should be told it did not.
 */
@Component
class Postbox {

    private static final Logger LOG = LoggerFactory.getLogger(Postbox.class);

    private final MailSettings settings;
    private final Optional<JavaMailSender> sender;

    Postbox(MailSettings settings, ObjectProvider<JavaMailSender> sender) {
        this.settings = settings;
        this.sender = Optional.ofNullable(sender.getIfAvailable());
    }

    /** Returns whether the mail was handed over (sent, or written to the log). */
    boolean post(Mail mail) {
        if (!settings.sends() || sender.isEmpty()) {
            LOG.info("Mail (not sent: delivery is {}) to {}: {}\n{}", settings.delivery(), mail.to(), mail.subject(),
                    mail.body());
            return true;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        try {
            sender.get().send(message);
            return true;
        } catch (MailException failed) {
            LOG.warn("Could not send mail to {} ({}): {}", mail.to(), mail.subject(), failed.getMessage());
            return false;
        }
    }
}
