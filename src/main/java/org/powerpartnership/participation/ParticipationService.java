package org.powerpartnership.participation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.forms.FormValidator;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.Survey;
import org.powerpartnership.survey.SurveyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking part: responses during the participation window, who has taken part against the area, and the window
 * itself, which opens when the stage starts and cannot be closed early (Gunning principle 3: adequate time).
 */
@Service
public class ParticipationService {

    /** The channel of a resident's own response on this site. */
    public static final String ONLINE = "online";
    /** The channel of a response a partner entered for someone offline. */
    public static final String ASSISTED = "assisted";
    /** The channel of a response received on paper and typed in by an officer or partner. */
    public static final String PAPER = "paper";
    /** The channel of a response collected at an event (a drop-in, a stall) and typed in afterwards. */
    public static final String EVENT = "event";
    /** The channels of responses entered on someone's behalf by {@link #enterOnBehalf}. */
    public static final List<String> ON_BEHALF_CHANNELS = List.of(PAPER, EVENT);
    static final int MIN_RESPONSES_FOR_SHARES = 10;

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final SurveyService surveys;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final Memberships memberships;
    private final ResponseIndex index;
    private final HearBack hearBacks;

    ParticipationService(JdbcClient jdbc, ConsultationService consultations, SurveyService surveys, AuditLog audit,
                         ObjectMapper json, Clock clock, Memberships memberships, ResponseIndex index,
                         HearBack hearBacks) {
        this.jdbc = jdbc;
        this.hearBacks = hearBacks;
        this.index = index;
        this.memberships = memberships;
        this.consultations = consultations;
        this.surveys = surveys;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A response to the consultation's survey, from a signed-in resident or entered by a partner for someone
     * offline ({@code assistedBy}). Only while the window is open; one response per resident.
     */
    @Transactional
    public long respond(SignedInUser respondent, long consultationId, Map<String, ?> answers, String channel,
                        String assistedBy) {
        return store(respondent, consultationId, answers, channel, assistedBy, null, HearBackRequest.NONE);
    }

    /**
     * A resident's own response online, as {@link #respond(SignedInUser, long, Map, String, String)}, and whether
     * they want to hear back when the council responds (at their account's address, in their language).
     */
    @Transactional
    public long respondOnline(SignedInUser respondent, long consultationId, Map<String, ?> answers,
                              HearBackRequest hearBack) {
        return store(respondent, consultationId, answers, ONLINE, null, null, hearBack);
    }

    /**
     * The one path every response is written by: checks the window and the answers, stores the response with what
     * the responses screen filters on (its area and its choice answers), and audits it.
     */
    private long store(SignedInUser respondent, long consultationId, Map<String, ?> answers, String channel,
                       String assistedBy, String submissionKey, HearBackRequest hearBack) {
        Consultation consultation = consultations.get(consultationId);
        if (!consultation.isWindowOpen(clock.instant())) {
            throw new InvalidInputException(FieldProblem.of("window", "participation.window.notOpen"));
        }
        Survey survey = surveys.current(consultationId);
        Map<String, Object> values = FormValues.throwIfInvalid(survey.schema(), answers);
        String respondentId = assistedBy == null ? respondent.userId() : null;
        if (respondentId != null && jdbc.sql("select count(*) from response where consultation_id = ? and respondent_id = ?")
                .params(consultationId, respondentId).query(Long.class).single() > 0) {
            throw new InvalidInputException(FieldProblem.of("window", "participation.alreadyResponded"));
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into response (consultation_id, respondent_id, assisted_by, channel, age_band, answers, "
                        + "submitted_at, survey_version, submission_key, area, choices_indexed) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)")
                .params(consultationId, respondentId, assistedBy, channel, values.get("ageBand"), toJson(values),
                        Timestamp.from(clock.instant()), survey.isPublished() ? survey.version() : null,
                        submissionKey, ResponseIndex.area(values))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        index.writeChoices(id, consultationId, survey.schema(), values);
        hearBacks.ask(respondent, consultationId, id, assistedBy == null, hearBack);
        audit.record(assistedBy != null ? assistedBy : respondent.userId(), consultationId, "response.submitted",
                "response:" + id, Map.of("channel", channel, "assisted", assistedBy != null));
        return id;
    }

    /**
     * A response received on paper or at an event, entered against the consultation's own survey by an officer on
     * its team or a partner of an organisation invited to it ({@code assisted_by} the person entering, no
     * respondent). Only while the window is open; every problem with the answers at once; the same submission key
     * sent twice stores one response and returns its id.
     */
    @Transactional
    public long enterOnBehalf(SignedInUser user, long consultationId, Map<String, ?> answers, String channel,
                              String submissionKey) {
        return enterOnBehalf(user, consultationId, answers, channel, submissionKey, HearBackRequest.NONE);
    }

    /**
     * As {@link #enterOnBehalf(SignedInUser, long, Map, String, String)}, with the address the person gave to hear
     * back, their agreement and their language: an address without agreement, or agreement without a valid address,
     * is refused with the survey's own problems, and nothing is stored.
     */
    @Transactional
    public long enterOnBehalf(SignedInUser user, long consultationId, Map<String, ?> answers, String channel,
                              String submissionKey, HearBackRequest hearBack) {
        if (!ON_BEHALF_CHANNELS.contains(channel)) {
            throw new IllegalArgumentException("Not a channel for responses entered on someone's behalf: " + channel);
        }
        if (!mayEnterOnBehalf(user, consultationId)) {
            throw new AccessDeniedException(user.userId() + " may not enter responses for consultation " + consultationId);
        }
        if (submissionKey == null || submissionKey.isBlank()) {
            throw new IllegalArgumentException("A response entered on someone's behalf needs a submission key");
        }
        Optional<Long> already = storedUnder(submissionKey);
        if (already.isPresent()) {
            return already.get();
        }
        refuseWithAnswers(consultationId, answers, HearBack.problems(hearBack));
        return store(user, consultationId, answers, channel, user.userId(), submissionKey, hearBack);
    }

    /** Whether the person may enter paper and event responses: an officer on its team or an invited partner. */
    @Transactional(readOnly = true)
    public boolean mayEnterOnBehalf(SignedInUser user, long consultationId) {
        return user.hasRole(Roles.OFFICER) && memberships.isOnTeam(consultationId, user.userId())
                || isInvitedPartner(user, consultationId);
    }

    /** A partner of an organisation invited to the consultation (its partner group). */
    private boolean isInvitedPartner(SignedInUser user, long consultationId) {
        return user.hasRole(Roles.PARTNER) && memberships.holds(consultationId, user.userId(), MemberRole.PARTNER);
    }

    /** The response already stored under this submission key: a form sent twice stores one response. */
    private Optional<Long> storedUnder(String submissionKey) {
        return jdbc.sql("select id from response where submission_key = ?").param(submissionKey)
                .query(Long.class).optional();
    }

    /**
     * A response a partner enters for a resident who is offline, through the same path as any response (channel
     * {@code assisted}, {@code assisted_by} the partner), with the resident's consent recorded in the words the
     * partner read out and when. Only partners of an organisation invited to the consultation (its partner group);
     * sending the same form twice (same submission key) stores one response and returns its id.
     */
    @Transactional
    public long respondAssisted(SignedInUser partner, long consultationId, Map<String, ?> answers,
                                AssistedResponse assisted) {
        return respondAssisted(partner, consultationId, answers, assisted, HearBackRequest.NONE);
    }

    /** As {@link #respondAssisted(SignedInUser, long, Map, AssistedResponse)}, and how the person hears back. */
    @Transactional
    public long respondAssisted(SignedInUser partner, long consultationId, Map<String, ?> answers,
                                AssistedResponse assisted, HearBackRequest hearBack) {
        if (!isInvitedPartner(partner, consultationId)) {
            throw new AccessDeniedException(partner.userId() + " is not a partner of consultation " + consultationId);
        }
        if (assisted.submissionKey() == null || assisted.submissionKey().isBlank()) {
            throw new IllegalArgumentException("An assisted response needs a submission key");
        }
        Optional<Long> already = storedUnder(assisted.submissionKey());
        if (already.isPresent()) {
            return already.get();
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (!assisted.consentGiven()) {
            problems.add(FieldProblem.of("consent", "assisted.consent.required"));
        }
        String name = assisted.residentName() == null ? null : assisted.residentName().strip();
        if (name != null && name.isEmpty()) {
            name = null;
        }
        if (name != null && name.length() > AssistedResponse.NAME_MAX) {
            problems.add(FieldProblem.of("residentName", "assisted.residentName.tooLong",
                    String.valueOf(AssistedResponse.NAME_MAX)));
        } else if (name != null && looksLikeContactDetails(name)) {
            problems.add(FieldProblem.of("residentName", "assisted.residentName.noContact"));
        }
        problems.addAll(HearBack.problems(hearBack));
        refuseWithAnswers(consultationId, answers, problems);
        long id = store(partner, consultationId, answers, ASSISTED, partner.userId(), assisted.submissionKey(),
                hearBack);
        jdbc.sql("update response set resident_name = ?, consent_wording = ?, consent_at = ?, "
                        + "assisted_organisation_id = ? where id = ?")
                .params(name, assisted.consentWording(), Timestamp.from(clock.instant()), assisted.organisationId(), id)
                .update();
        audit.record(partner.userId(), consultationId, "response.consent", "response:" + id,
                Map.of("wording", String.valueOf(assisted.consentWording())));
        return id;
    }

    /** Refuses problems beside the survey's own, when there are any, so every problem shows at once. */
    private void refuseWithAnswers(long consultationId, Map<String, ?> answers, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            List<FieldProblem> all = new ArrayList<>(problems);
            all.addAll(new FormValidator().validate(surveys.current(consultationId).schema(), answers));
            throw new InvalidInputException(all);
        }
    }

    /** How many responses this partner has entered for residents offline in one consultation. */
    @Transactional(readOnly = true)
    public int assistedBy(long consultationId, String partnerId) {
        return jdbc.sql("select count(*) from response where consultation_id = ? and assisted_by = ?")
                .params(consultationId, partnerId).query(Long.class).single().intValue();
    }

    /** An e-mail address or a run of digits (a phone number) where only a first name or initials belong. */
    static boolean looksLikeContactDetails(String name) {
        return name.contains("@") || name.replaceAll("[^0-9]", "").length() >= 5;
    }

    /** Always refused: the window stays open for its full minimum duration, whoever asks. */
    @Transactional(readOnly = true)
    public void closeWindowEarly(SignedInUser officer, long consultationId) {
        Consultation consultation = consultations.forMember(officer, consultationId);
        if (consultation.windowClosesAt() != null && consultation.windowClosedAt() == null) {
            throw new InvalidInputException(FieldProblem.of("window", "participation.window.minimum",
                    consultation.windowClosesAt().toString()));
        }
        throw new InvalidInputException(FieldProblem.of("window", "participation.window.notOpen"));
    }

    @Transactional(readOnly = true)
    public ParticipationFigures figures(long consultationId) {
        Map<String, Integer> byBand = new LinkedHashMap<>();
        int[] totals = {0, 0};
        jdbc.sql("select coalesce(age_band, 'unknown'), count(*), sum(case when channel = 'assisted' then 1 else 0 end) "
                        + "from response where consultation_id = ? group by coalesce(age_band, 'unknown')")
                .param(consultationId)
                .query((rs, row) -> {
                    byBand.put(rs.getString(1), rs.getInt(2));
                    totals[0] += rs.getInt(2);
                    totals[1] += rs.getInt(3);
                    return null;
                }).list();
        return new ParticipationFigures(totals[0], totals[1], byBand, underRepresented(byBand));
    }

    /**
     * Age bands whose share of respondents (who gave a band) is below half their share of the area. With no
     * responses, everyone is missing; with very few, no share is meaningful yet and only absent bands count.
     */
    static List<String> underRepresented(Map<String, Integer> byBand) {
        int known = AreaProfile.ENGLAND_AND_WALES_ADULTS.keySet().stream().mapToInt(b -> byBand.getOrDefault(b, 0)).sum();
        List<String> missing = new ArrayList<>();
        for (var band : AreaProfile.ENGLAND_AND_WALES_ADULTS.entrySet()) {
            int count = byBand.getOrDefault(band.getKey(), 0);
            boolean gap = known < MIN_RESPONSES_FOR_SHARES
                    ? count == 0
                    : (double) count / known < band.getValue() / 2;
            if (gap) {
                missing.add(band.getKey());
            }
        }
        return missing;
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
