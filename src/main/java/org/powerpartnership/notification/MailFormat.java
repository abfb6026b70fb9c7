package org.powerpartnership.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * How a {@link Mail} looks on the wire: multipart/alternative with the plain text first and a simple HTML copy
 * (every character of the text escaped, a paragraph per blank-line-separated block, and links to our own pages as
 * links: a link to anywhere else that came in with a title stays text). A notice's {@code Message-ID} comes from its
 * key, so the retry of a notice is the same message to the receiving server; a notice also carries the RFC 8058
 * one-click unsubscribe headers.
 */
@Component
class MailFormat {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final MailSettings settings;
    private final String baseUrl;

    MailFormat(MailSettings settings, @Value("${powerpartnership.base-url}") String baseUrl) {
        this.settings = settings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Fills an empty message (made by the mail sender, on its session) with the mail. */
    void write(Mail mail, MimeMessage message) throws MessagingException {
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(mail.body(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(html(mail.subject(), mail.body()), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        // Spring's JavaMailSenderImpl keeps a Message-ID set before sending instead of making a new one.
        message.setHeader("Message-ID", messageId(mail));
        if (mail.unsubscribeToken() != null) {
            message.setHeader("List-Unsubscribe", "<" + baseUrl + UnsubscribeTokens.ONE_CLICK_PATH
                    + mail.unsubscribeToken() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }

    /** The HTML copy: nothing from the text is ever markup. */
    String html(String subject, String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(subject)).append("</title></head><body>");
        for (String block : text.replace("\r\n", "\n").split("\n{2,}")) {
            if (!block.isBlank()) {
                html.append("<p>").append(linked(HtmlUtils.htmlEscape(block.strip())).replace("\n", "<br>\n"))
                        .append("</p>\n");
            }
        }
        return html.append("</body></html>").toString();
    }

    private String linked(String escaped) {
        Matcher link = LINK.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String address = link.group();
            String replacement = HtmlUtils.htmlUnescape(address).startsWith(baseUrl + "/")
                    ? "<a href=\"" + address + "\">" + address + "</a>" : address;
            link.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(out);
        return out.toString();
    }

    /** {@code <hash@sender's domain>}: a hash, so no address or token of anyone shows in the header. */
    String messageId(Mail mail) {
        String key = mail.messageKey() != null ? "notice:" + mail.messageKey()
                : "mail:" + mail.recipientId() + "\n" + mail.to() + "\n" + mail.subject() + "\n" + mail.body();
        String from = settings.from();
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1) : "powerpartnership.invalid";
        return "<" + sha256(key).substring(0, 40) + "@" + domain + ">";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
