package org.powerpartnership.notification;

import java.util.List;
import java.util.Optional;

import org.powerpartnership.consultation.ConsultationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an unsubscribe link stops, and stopping it, for anyone holding the link (no sign-in: the link's signature is
 * the proof). For an account the kind of notice is set to "none" (work offered, which cannot be switched off, to the
 * daily summary instead); a digest's link does that for every kind in the summary; a follower stops following; a
 * hear-back mail was a one-off, so nothing more is sent. Mails of what was stopped that are still waiting are not
 * sent. Stopping twice is harmless.
 */
@Service
public class Unsubscribes {

    /** How far a link reaches. */
    public enum Reach {
        /** One kind of notice for an account: no more mails of it. */
        KIND,
        /** Work offered to an account: from now on in the daily summary only, as it cannot be switched off. */
        WORK_TO_DIGEST,
        /** The daily summary: no more mails of the kinds it held (work offered stays in it). */
        DIGEST,
        /** Following a consultation by email: no more mails about it. */
        FOLLOWER,
        /** A one-off mail to someone who asked to hear back: nothing more is sent. */
        HEAR_BACK
    }

    /** What a valid link stops: {@code kind} for {@link Reach#KIND} and {@link Reach#WORK_TO_DIGEST}. */
    public record Stop(Reach reach, NoticeKind kind, Optional<String> consultationTitle) {
    }

    private static final String FOLLOWER = "follower:";
    private static final String HEAR_BACK = "hear-back:";

    private final UnsubscribeTokens tokens;
    private final NoticePreferences preferences;
    private final ConsultationService consultations;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Unsubscribes(UnsubscribeTokens tokens, NoticePreferences preferences, ConsultationService consultations,
                 JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.consultations = consultations;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * What the link would stop; empty when it is not one of ours (tampered with, cut short). Not one transaction: a
     * consultation that is gone fails its own lookup only, and the page still says what stops.
     */
    public Optional<Stop> describe(String token) {
        return tokens.read(token).flatMap(this::stopOf);
    }

    /** Stops it, all in one transaction; empty (and nothing changed) when the link is not one of ours. */
    public Optional<Stop> stop(String token) {
        Optional<UnsubscribeTokens.Target> target = tokens.read(token);
        Optional<Stop> stop = target.flatMap(this::stopOf);
        stop.ifPresent(found -> transaction.executeWithoutResult(status -> apply(target.get().recipientId(), found)));
        return stop;
    }

    private Optional<Stop> stopOf(UnsubscribeTokens.Target target) {
        String who = target.recipientId();
        if (who.startsWith(FOLLOWER)) {
            return Optional.of(new Stop(Reach.FOLLOWER, null, titleFor(who)));
        }
        if (who.startsWith(HEAR_BACK)) {
            return Optional.of(new Stop(Reach.HEAR_BACK, null, titleFor(who)));
        }
        if (UnsubscribeTokens.DIGEST.equals(target.what())) {
            return Optional.of(new Stop(Reach.DIGEST, null, Optional.empty()));
        }
        try {
            NoticeKind kind = NoticeKind.valueOf(target.what());
            return Optional.of(new Stop(kind.canSwitchOff() ? Reach.KIND : Reach.WORK_TO_DIGEST, kind,
                    Optional.empty()));
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }

    private void apply(String who, Stop stop) {
        switch (stop.reach()) {
            case KIND -> {
                preferences.choose(who, stop.kind(), MailChoice.NONE);
                cancelWaiting(who, List.of(stop.kind()));
            }
            case WORK_TO_DIGEST -> preferences.choose(who, stop.kind(), MailChoice.DIGEST);
            case DIGEST -> {
                List<NoticeKind> digested = preferences.choicesOf(who).entrySet().stream()
                        .filter(choice -> choice.getValue() == MailChoice.DIGEST && choice.getKey().canSwitchOff())
                        .map(java.util.Map.Entry::getKey).toList();
                digested.forEach(kind -> preferences.choose(who, kind, MailChoice.NONE));
                cancelWaiting(who, digested);
            }
            case FOLLOWER -> {
                followerRow(who).ifPresent(id -> jdbc.sql("delete from consultation_follower where id = ?")
                        .param(id).update());
                cancelWaiting(who, List.of(NoticeKind.values()));
            }
            case HEAR_BACK -> cancelWaiting(who, List.of(NoticeKind.values()));
        }
    }

    /** Mails of these kinds still waiting for the person are not sent (they stay in the person's notice list). */
    private void cancelWaiting(String who, List<NoticeKind> kinds) {
        for (NoticeKind kind : kinds) {
            jdbc.sql("update notice set mail_state = ?, next_attempt_at = null where recipient_id = ? and kind = ? "
                            + "and mail_state = ?")
                    .params(Notices.NOT_MAILED, who, kind.name(), Notices.WAITING).update();
        }
    }

    private Optional<Long> followerRow(String who) {
        try {
            return Optional.of(Long.parseLong(who.substring(FOLLOWER.length())));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** The consultation a follower follows, or a hear-back mail was about. */
    private Optional<String> titleFor(String who) {
        Optional<Long> consultation = who.startsWith(FOLLOWER)
                ? followerRow(who).flatMap(id -> jdbc.sql("select consultation_id from consultation_follower "
                        + "where id = ?").param(id).query(Long.class).optional())
                : Optional.empty();
        if (consultation.isEmpty()) {
            consultation = jdbc.sql("select consultation_id from notice where recipient_id = ? "
                            + "and consultation_id is not null order by id desc limit 1")
                    .param(who).query(Long.class).optional();
        }
        try {
            return consultation.map(id -> consultations.get(id).title());
        } catch (IllegalArgumentException consultationGone) {
            return Optional.empty();
        }
    }
}
