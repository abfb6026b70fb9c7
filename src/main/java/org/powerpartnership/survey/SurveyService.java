package org.powerpartnership.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.forms.FormSchemas;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each consultation's own survey, a Camunda Form kept in our tables. The team edits a working copy; agreeing the
 * question and methods in stage 1 publishes it as version 1, which the panel signs off with that stage. From then on
 * a change is a new version with a reason, written to the audit log and shown on the public record, so nobody can
 * quietly change the questions while people are answering them.
 */
@Service
public class SurveyService {

    /** The reason on the record when stage 1, agreed again after the panel returned it, publishes a changed survey. */
    public static final String CHANGED_AFTER_RETURN = "Changed after the panel returned stage 1";
    static final int REASON_MIN = 10;
    static final int REASON_MAX = 2000;

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(JdbcClient jdbc, ConsultationService consultations, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The survey people answer now: the latest published version; before stage 1 agreed one, the team's working
     * copy or the starting template (version 0).
     */
    @Transactional(readOnly = true)
    public Survey current(long consultationId) {
        return published(consultationId).orElseGet(() -> workingCopy(consultationId));
    }

    /** The latest published version, if stage 1 has agreed one. */
    @Transactional(readOnly = true)
    public Optional<Survey> published(long consultationId) {
        return jdbc.sql("select consultation_id, version, schema_json, reason, published_by, published_at "
                        + "from survey_version where consultation_id = ? order by version desc")
                .param(consultationId)
                .query((rs, row) -> survey(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list().stream().findFirst();
    }

    /**
     * The version people answered (or the panel signed off) at a moment: the latest one published then, if any.
     */
    @Transactional(readOnly = true)
    public Optional<Survey> publishedAsOf(long consultationId, Instant at) {
        return jdbc.sql("select consultation_id, version, schema_json, reason, published_by, published_at "
                        + "from survey_version where consultation_id = ? and published_at <= ? order by version desc")
                .params(consultationId, Timestamp.from(at))
                .query((rs, row) -> survey(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list().stream().findFirst();
    }

    /** Every published version, oldest first, for the record. */
    @Transactional(readOnly = true)
    public List<SurveyVersion> versions(long consultationId) {
        return jdbc.sql("select consultation_id, version, reason, published_by, published_at from survey_version "
                        + "where consultation_id = ? order by version")
                .param(consultationId)
                .query((rs, row) -> new SurveyVersion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** What the team is writing: its working copy, else a copy of the latest version, else the template. */
    @Transactional(readOnly = true)
    public Survey draft(SignedInUser member, long consultationId) {
        requireTeam(member, consultationId);
        return workingCopy(consultationId);
    }

    /** Whether the team has unpublished changes (a working copy that differs from the latest version). */
    @Transactional(readOnly = true)
    public boolean hasUnpublishedChanges(SignedInUser member, long consultationId) {
        requireTeam(member, consultationId);
        Optional<String> draft = draftJson(consultationId);
        return draft.isPresent() && !draft.get().equals(published(consultationId).map(Survey::json).orElse(null));
    }

    /**
     * Keeps the team's working copy, after checking it (a question, keys used once, show-if conditions that read
     * a question). Residents keep answering the published version until the team publishes this one.
     */
    @Transactional
    public Survey saveDraft(SignedInUser member, long consultationId, String json) {
        Consultation consultation = requireTeam(member, consultationId);
        SurveyRules.Checked checked = SurveyRules.check(json, SurveyTemplate.formId(consultation));
        Instant now = clock.instant();
        int updated = jdbc.sql("update survey_draft set schema_json = ?, updated_by = ?, updated_at = ? "
                        + "where consultation_id = ?")
                .params(checked.json(), member.userId(), Timestamp.from(now), consultationId).update();
        if (updated == 0) {
            jdbc.sql("insert into survey_draft (consultation_id, schema_json, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(consultationId, checked.json(), member.userId(), Timestamp.from(now)).update();
        }
        audit.record(member.userId(), consultationId, "survey.edited", "survey:" + consultation.ref(),
                Map.of("questions", checked.schema().keys().size()));
        return new Survey(consultationId, 0, checked.schema(), checked.json(), null, member.userId(), now);
    }

    /**
     * Keeps the working copy only if nobody else saved one since this screen read it ({@code readAt}: the
     * {@link Survey#changedAt()} of the working copy it read, {@code null} when there was none), so two officers (or
     * two tabs) never silently overwrite each other. The refusal changes nothing.
     */
    @Transactional
    public Survey saveDraft(SignedInUser member, long consultationId, String json, Instant readAt) {
        requireTeam(member, consultationId);
        Optional<Instant> saved = jdbc.sql("select updated_at from survey_draft where consultation_id = ?")
                .param(consultationId).query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
        boolean unchanged = saved.isEmpty() ? readAt == null
                : readAt != null && saved.get().toEpochMilli() == readAt.toEpochMilli();
        if (!unchanged) {
            throw new InvalidInputException(FieldProblem.of(SurveyRules.FIELD, "survey.changedElsewhere"));
        }
        return saveDraft(member, consultationId, json);
    }

    /** A form made in Camunda Modeler becomes the working copy (checked as any edit is). */
    @Transactional
    public Survey importForm(SignedInUser member, long consultationId, String formJson) {
        return saveDraft(member, consultationId, formJson);
    }

    /** The working copy as a {@code .form} file for Camunda Modeler. */
    @Transactional(readOnly = true)
    public String exportForm(SignedInUser member, long consultationId) {
        return draft(member, consultationId).json();
    }

    /** Throws the working copy away; the team starts again from the latest version (or the template). */
    @Transactional
    public void discardDraft(SignedInUser member, long consultationId) {
        requireTeam(member, consultationId);
        jdbc.sql("delete from survey_draft where consultation_id = ?").param(consultationId).update();
    }

    /**
     * Publishes the working copy as the next version, after stage 1 agreed the first: residents answer it from now
     * on, and the reason is on the record.
     */
    @Transactional
    public Survey publish(SignedInUser member, long consultationId, String reason) {
        Consultation consultation = requireTeam(member, consultationId);
        int latest = latestVersion(consultationId);
        if (latest == 0) {
            throw new InvalidInputException(FieldProblem.of("reason", "survey.publish.beforeAgreement"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new InvalidInputException(FieldProblem.of("reason", "survey.reason.length", REASON_MIN, REASON_MAX));
        }
        String json = draftJson(consultationId)
                .filter(draft -> !draft.equals(published(consultationId).map(Survey::json).orElse(null)))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("reason", "survey.publish.noChanges")));
        return insertVersion(consultation, latest + 1, json, why, member.userId(), "survey.versionPublished");
    }

    /**
     * Stage 1 agreed the question and methods: the working copy (or, if the team wrote none, the template with the
     * agreed question) becomes version 1, which the panel signs off with the stage. Agreed again after the panel
     * returned stage 1, a working copy that differs from the published version becomes the next version, with the
     * reason {@link #CHANGED_AFTER_RETURN} on the record; an unchanged survey stays as it is.
     */
    @Transactional
    public Survey agree(String userId, long consultationId) {
        Consultation consultation = consultations.get(consultationId);
        int latest = latestVersion(consultationId);
        Optional<String> draft = draftJson(consultationId);
        if (latest > 0) {
            Survey current = published(consultationId).orElseThrow();
            if (draft.isEmpty() || draft.get().equals(current.json())) {
                return current;
            }
        }
        String json = draft.orElseGet(() -> SurveyRules.check(SurveyTemplate.seed(consultation),
                SurveyTemplate.formId(consultation)).json());
        return insertVersion(consultation, latest + 1, json, latest == 0 ? null : CHANGED_AFTER_RETURN,
                userId, "survey.agreed");
    }

    private Survey insertVersion(Consultation consultation, int version, String json, String reason, String userId,
                                 String action) {
        Instant now = clock.instant();
        jdbc.sql("insert into survey_version (consultation_id, version, schema_json, reason, published_by, "
                        + "published_at) values (?, ?, ?, ?, ?, ?)")
                .params(consultation.id(), version, json, reason, userId, Timestamp.from(now)).update();
        jdbc.sql("delete from survey_draft where consultation_id = ?").param(consultation.id()).update();
        audit.record(userId, consultation.id(), action, "survey:" + consultation.ref(),
                reason == null ? Map.of("version", version) : Map.of("version", version, "reason", reason));
        return survey(consultation.id(), version, json, reason, userId, now);
    }

    private Survey workingCopy(long consultationId) {
        var draft = jdbc.sql("select schema_json, updated_by, updated_at from survey_draft where consultation_id = ?")
                .param(consultationId)
                .query((rs, row) -> survey(consultationId, 0, rs.getString(1), null, rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
        if (draft.isPresent()) {
            return draft.get();
        }
        Optional<Survey> published = published(consultationId);
        if (published.isPresent()) {
            Survey latest = published.get();
            return new Survey(consultationId, 0, latest.schema(), latest.json(), null, null, null);
        }
        Consultation consultation = consultations.get(consultationId);
        return survey(consultationId, 0, SurveyRules.check(SurveyTemplate.seed(consultation),
                SurveyTemplate.formId(consultation)).json(), null, null, null);
    }

    private Optional<String> draftJson(long consultationId) {
        return jdbc.sql("select schema_json from survey_draft where consultation_id = ?").param(consultationId)
                .query(String.class).optional();
    }

    private int latestVersion(long consultationId) {
        return jdbc.sql("select coalesce(max(version), 0) from survey_version where consultation_id = ?")
                .param(consultationId).query(Integer.class).single();
    }

    private Consultation requireTeam(SignedInUser member, long consultationId) {
        if (!consultations.isOnTeam(consultationId, member.userId())) {
            throw new AccessDeniedException(member.userId() + " is not on the team of consultation " + consultationId);
        }
        return consultations.get(consultationId);
    }

    private static Survey survey(long consultationId, int version, String json, String reason, String by, Instant at) {
        return new Survey(consultationId, version, FormSchemas.parse(json), json, reason, by, at);
    }
}
