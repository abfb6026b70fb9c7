package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who asked to hear back when the council responds to a consultation they took part in, and whether they have been
 * told. Written with the response, in its transaction ({@link ParticipationService}); read and marked by whoever
 * tells them (the notification feature, when the response is published). An address given on someone's behalf is
 * deleted once they are told: after that the row says only that someone was told, and when.
 */
@Service
public class HearBack {

    /** The languages a mail can be written in (the app's screen languages). */
    public static final Set<String> LANGUAGES = Set.of("en", "cy");
    static final int EMAIL_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /**
     * One person waiting to be told: a resident's account ({@code userId}, their address is the account's) or an
     * address given on paper or to a partner ({@code email}).
     */
    public record Waiting(long id, long consultationId, String userId, String email, String language) {
    }

    private final JdbcClient jdbc;
    private final ProfileService profiles;
    private final AuditLog audit;
    private final Clock clock;

    HearBack(JdbcClient jdbc, ProfileService profiles, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What is wrong with a request made on someone's behalf: an address without their agreement, an agreement
     * without a valid address, a language the app does not speak. None for a resident online or nothing asked.
     */
    static List<FieldProblem> problems(HearBackRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!request.offline()) {
            return problems;
        }
        String email = request.givenEmail();
        if (email == null) {
            problems.add(FieldProblem.of("hearBackEmail", "hearBack.email.required"));
        } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            problems.add(FieldProblem.of("hearBackEmail", "hearBack.email.invalid"));
        }
        if (!request.consentGiven()) {
            problems.add(FieldProblem.of("hearBackConsent", "hearBack.consent.required"));
        }
        if (!LANGUAGES.contains(request.language())) {
            problems.add(FieldProblem.of("hearBackLanguage", "hearBack.language.required"));
        }
        return problems;
    }

    /**
     * Keeps the request that came with a response, in the response's transaction (checked beforehand with
     * {@link #problems}). A resident online is told in the language of their profile, else the screen's.
     */
    void ask(SignedInUser respondent, long consultationId, long responseId, boolean onTheirOwn,
             HearBackRequest request) {
        Timestamp now = Timestamp.from(clock.instant());
        if (onTheirOwn && request.wanted()) {
            String language = profiles.chosenLanguage(respondent.userId())
                    .orElse(LANGUAGES.contains(request.language()) ? request.language() : "en");
            jdbc.sql("insert into hear_back (consultation_id, response_id, user_id, language, asked_at) "
                            + "values (?, ?, ?, ?, ?)")
                    .params(consultationId, responseId, respondent.userId(), language, now).update();
        } else if (!onTheirOwn && request.offline()) {
            jdbc.sql("insert into hear_back (consultation_id, response_id, email, language, consent_wording, "
                            + "consent_at, asked_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(consultationId, responseId, request.givenEmail().toLowerCase(Locale.ROOT),
                            request.language(), request.consentWording(), now, now).update();
        } else {
            return;
        }
        // the address itself stays out of the audit log: it is deleted once they are told
        audit.record(respondent.userId(), consultationId, "hearBack.asked",
                "response:" + responseId, Map.of("language", onTheirOwn ? "account" : request.language(),
                        "onBehalf", !onTheirOwn));
    }

    /** Everyone who asked to hear back about this consultation and has not been told yet. */
    @Transactional(readOnly = true)
    public List<Waiting> waitingFor(long consultationId) {
        return jdbc.sql("select id, consultation_id, user_id, email, language from hear_back "
                        + "where consultation_id = ? and told_at is null order by id")
                .param(consultationId)
                .query((rs, row) -> new Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /**
     * Marks one person told and deletes the address they gave. False when they were told already (a second
     * publication, or another thread got there first): then they must not be told again.
     */
    @Transactional
    public boolean markTold(long waitingId) {
        boolean now = jdbc.sql("update hear_back set told_at = ?, email = null where id = ? and told_at is null")
                .params(Timestamp.from(clock.instant()), waitingId).update() == 1;
        if (now) {
            // who was told stays out of the log; that this response's participant was told, and when, is kept
            long[] about = jdbc.sql("select consultation_id, response_id from hear_back where id = ?").param(waitingId)
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
            audit.record(AuditLog.SYSTEM, about[0], "hearBack.told", "response:" + about[1], Map.of());
        }
        return now;
    }
}
