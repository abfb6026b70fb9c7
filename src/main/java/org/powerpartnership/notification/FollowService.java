package org.powerpartnership.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.shared.ConsultationFollowing;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Following a consultation by email, without an account: asking mails a confirmation link, and the address counts
 * as a follower (told when the council's response is published and when a commitment is updated) once the link is
 * opened. Only the SHA-256 hash of the link's token is kept. The one who asks is always told the same thing, whether
 * or not the address already follows, so the form cannot be used to learn who follows what; and an address is sent
 * at most one link per consultation every {@link #RESEND_PAUSE}, so the form cannot flood anyone's inbox.
 */
@Service
public class FollowService implements ConsultationFollowing {

    /** A new link for the same address and consultation no sooner than this. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(10);
    /** How long a confirmation link works. */
    static final Duration LIFETIME = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_ADDRESS = 320;

    /** What opening a link did. */
    public enum Outcome { CONFIRMED, ALREADY_CONFIRMED, EXPIRED, UNKNOWN }

    /**
     * The answer to opening a link: with the consultation and the follower (for "stop following") unless unknown.
     */
    public record Confirmation(Outcome outcome, long followerId, String consultationTitle, String consultationRef) {

        static Confirmation unknown() {
            return new Confirmation(Outcome.UNKNOWN, 0, "", "");
        }
    }

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final Postbox postbox;
    private final MailTexts texts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FollowService(JdbcClient jdbc, ConsultationService consultations, Postbox postbox, MailTexts texts, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.postbox = postbox;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void requestToFollow(long consultationId, String email, Locale language) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of(EMAIL_FIELD, "follow.email.required"));
        }
        if (address.length() > MAX_ADDRESS || !EMAIL.matcher(address).matches()) {
            throw new InvalidInputException(FieldProblem.of(EMAIL_FIELD, "follow.email.invalid"));
        }
        Consultation consultation = consultations.get(consultationId);
        String lang = "cy".equals(language.getLanguage()) ? "cy" : "en";
        Instant now = clock.instant();
        String token = newToken();
        Optional<Existing> existing = existing(consultationId, address);
        long followerId;
        if (existing.isEmpty()) {
            try {
                jdbc.sql("insert into consultation_follower (consultation_id, email, language, token_hash, "
                                + "created_at) values (?, ?, ?, ?, ?)")
                        .params(consultationId, address, lang, hash(token), Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException askedTwiceAtOnce) {
                return; // the other request sends the link
            }
            followerId = existing(consultationId, address).orElseThrow().id();
        } else if (existing.get().confirmed() || existing.get().linkIssuedAt().isAfter(now.minus(RESEND_PAUSE))) {
            return;
        } else {
            // created_at is when the current link was issued: a new link replaces the old one and restarts the pause
            followerId = existing.get().id();
            int claimed = jdbc.sql("update consultation_follower set token_hash = ?, language = ?, created_at = ? "
                            + "where id = ? and confirmed_at is null and created_at = ?")
                    .params(hash(token), lang, Timestamp.from(now), followerId,
                            Timestamp.from(existing.get().linkIssuedAt()))
                    .update();
            if (claimed == 0) {
                return;
            }
        }
        Locale in = Locale.forLanguageTag(lang);
        Mail mail = new Mail("follower:" + followerId, address,
                texts.text(in, "follow.mail.subject", consultation.title()),
                texts.text(in, "follow.mail.body", consultation.title(), texts.link("/follow/" + token),
                        texts.link("/have-your-say/" + consultation.ref())));
        postAfterCommit(mail);
    }

    /** Opens a confirmation link: the first time within its lifetime the address becomes a follower. */
    @Transactional
    public Confirmation confirm(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Confirmation.unknown();
        }
        record Link(long id, long consultationId, Instant issuedAt, boolean confirmed) {
        }
        Optional<Link> link = jdbc.sql("select id, consultation_id, created_at, confirmed_at from consultation_follower "
                        + "where token_hash = ? for update")
                .param(hash(token.strip()))
                .query((rs, row) -> new Link(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) != null))
                .optional();
        if (link.isEmpty()) {
            return Confirmation.unknown();
        }
        Consultation consultation = consultations.get(link.get().consultationId());
        Outcome outcome;
        if (link.get().confirmed()) {
            outcome = Outcome.ALREADY_CONFIRMED;
        } else if (!link.get().issuedAt().plus(LIFETIME).isAfter(clock.instant())) {
            outcome = Outcome.EXPIRED;
        } else {
            jdbc.sql("update consultation_follower set confirmed_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), link.get().id()).update();
            outcome = Outcome.CONFIRMED;
        }
        return new Confirmation(outcome, link.get().id(), consultation.title(), consultation.ref());
    }

    /**
     * Stops following: the address and anything still waiting to be mailed to it are deleted. Only the holder of
     * the link knows the id's token, and the screens offer this only to them.
     */
    @Transactional
    public void unfollow(long followerId) {
        jdbc.sql("delete from notice where recipient_id = ?").param("follower:" + followerId).update();
        jdbc.sql("delete from consultation_follower where id = ?").param(followerId).update();
    }

    private record Existing(long id, Instant linkIssuedAt, boolean confirmed) {
    }

    private Optional<Existing> existing(long consultationId, String address) {
        return jdbc.sql("select id, created_at, confirmed_at from consultation_follower "
                        + "where consultation_id = ? and email = ?")
                .params(consultationId, address)
                .query((rs, row) -> new Existing(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) != null))
                .optional();
    }

    private void postAfterCommit(Mail mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            postbox.post(mail);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                postbox.post(mail);
            }
        });
    }

    private String newToken() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
