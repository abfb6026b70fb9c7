package org.powerpartnership.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code powerpartnership.mail.*}: how mail leaves. The SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param delivery {@code smtp} sends through {@code spring.mail.host}; {@code log} (the embedded default) writes each
 *                 mail to the log instead
 * @param from     the sender address
 */
@ConfigurationProperties("powerpartnership.mail")
public record MailSettings(String delivery, String from) {

    public static final String SMTP = "smtp";
    public static final String LOG = "log";

    public MailSettings {
        delivery = delivery == null || delivery.isBlank() ? LOG : delivery.strip();
        from = from == null || from.isBlank() ? "no-reply@powerpartnership.invalid" : from.strip();
    }

    boolean sends() {
        return SMTP.equalsIgnoreCase(delivery);
    }
}
