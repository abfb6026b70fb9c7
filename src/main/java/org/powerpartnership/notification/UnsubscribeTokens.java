package org.powerpartnership.notification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The signed part of an unsubscribe link: who ({@code recipient_id}: an account, {@code follower:N} or
 * {@code hear-back:N}) and what to stop (a {@link NoticeKind}, or {@link #DIGEST} for the whole daily summary),
 * followed by an HMAC-SHA256 of both under the shared key {@value #KEY_NAME}. Nobody can make a link for someone
 * else or change what one stops; a link never expires, as a mail can be read late.
 */
@Component
class UnsubscribeTokens {

    /** The page that shows what a link stops, with a button to confirm. */
    static final String PAGE_PATH = "/unsubscribe/";
    /** Where a mail program posts {@code List-Unsubscribe=One-Click} (RFC 8058). */
    static final String ONE_CLICK_PATH = "/unsubscribe/one-click/";
    /** What a digest's link stops: every kind the person gets in the summary. */
    static final String DIGEST = "DIGEST";
    private static final String KEY_NAME = "unsubscribe";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** What a valid token asks to stop. */
    record Target(String recipientId, String what) {
    }

    private final SigningKeys keys;

    UnsubscribeTokens(SigningKeys keys) {
        this.keys = keys;
    }

    String token(String recipientId, String what) {
        byte[] payload = (what + ":" + recipientId).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The target of a token signed by us; empty for anything tampered with, cut short or made up. */
    Optional<Target> read(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new Target(text.substring(colon + 1), text.substring(0, colon)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.secret(KEY_NAME), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
