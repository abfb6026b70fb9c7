package org.powerpartnership.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.participation.CodedTheme;
import org.powerpartnership.participation.ResponseCoding;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's response before it is public: the team drafts "you asked, you said, we did" from the analysis,
 * decides on every theme with a reason, and sends it with stage 7 to the panel. It becomes public only when the panel
 * approves stage 7; a return gives it back to the team.
 */
@Service
public class CouncilResponseService {

    public static final String TASK = "Task_PublishCouncilResponse";
    public static final String FORM = "council-response";
    static final int MIN_REASON = 10;
    static final int MAX_REASON = 2000;

    private final CouncilResponseDrafts drafts;
    private final CommitmentRepository commitments;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final ResponseCoding coding;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;

    CouncilResponseService(CouncilResponseDrafts drafts, CommitmentRepository commitments,
                           ConsultationService consultations, Memberships memberships, ResponseCoding coding,
                           AuditLog audit, DomainEvents events, Clock clock) {
        this.drafts = drafts;
        this.commitments = commitments;
        this.consultations = consultations;
        this.memberships = memberships;
        this.coding = coding;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The wording of the response as the team last saved it (or types it now). */
    public record Wording(String youAsked, String youSaid, String weDid) {
    }

    /** A decision as typed on the screen: either both blank (undecided yet) or a decision with its reason. */
    public record DecisionInput(long themeId, String decision, String reason) {
    }

    /** What the response editor shows; for officers on the consultation's team only. */
    @Transactional(readOnly = true)
    public CouncilResponsePlan plan(SignedInUser officer, long consultationId) {
        requireTeam(officer, consultationId);
        Map<Long, ThemeDecision> decided = drafts.decisions(consultationId).stream()
                .collect(Collectors.toMap(ThemeDecision::themeId, Function.identity()));
        List<CouncilResponsePlan.ThemeToDecide> themes = coding.evidence(consultationId).stream()
                .map(coded -> new CouncilResponsePlan.ThemeToDecide(coded, decided.get(coded.theme().id())))
                .toList();
        return new CouncilResponsePlan(consultations.get(consultationId), themes,
                drafts.draft(consultationId).orElse(null), commitments.of(consultationId),
                commitments.response(consultationId).orElse(null));
    }

    /**
     * Keeps the wording and the decisions. Every problem is found before anything is written: a decision without a
     * reason (or a reason without a decision) is refused beside its theme, and nothing is saved.
     */
    @Transactional
    public void saveDraft(SignedInUser officer, long consultationId, Wording wording,
                          Collection<DecisionInput> decisions) {
        requireEditable(officer, consultationId);
        Map<Long, CodedTheme> themes = themesOf(consultationId);
        List<FieldProblem> problems = new ArrayList<>(wordingProblems(wording));
        Map<Long, DecisionInput> clean = new LinkedHashMap<>();
        for (DecisionInput input : decisions) {
            if (!themes.containsKey(input.themeId())) {
                throw new IllegalArgumentException("Theme " + input.themeId() + " is not of this consultation");
            }
            DecisionInput stripped = new DecisionInput(input.themeId(), blankToNull(input.decision()),
                    blankToNull(input.reason()));
            problems.addAll(decisionProblems(stripped));
            clean.put(input.themeId(), stripped);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        drafts.saveText(consultationId, strip(wording.youAsked()), strip(wording.youSaid()), strip(wording.weDid()),
                officer.userId(), now);
        Map<Long, ThemeDecision> before = drafts.decisions(consultationId).stream()
                .collect(Collectors.toMap(ThemeDecision::themeId, Function.identity()));
        Map<String, Object> changed = new LinkedHashMap<>();
        for (DecisionInput input : clean.values()) {
            ThemeDecision earlier = before.get(input.themeId());
            if (input.decision() == null) {
                if (earlier != null) {
                    drafts.undecide(input.themeId());
                    changed.put("theme:" + input.themeId(), "undecided");
                }
            } else if (earlier == null || !earlier.decision().equals(input.decision())
                    || !earlier.reason().equals(input.reason())) {
                drafts.decide(consultationId, input.themeId(), input.decision(), input.reason(), officer.userId(), now);
                changed.put("theme:" + input.themeId(), input.decision() + ": " + input.reason());
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("youAsked", strip(wording.youAsked()));
        details.put("youSaid", strip(wording.youSaid()));
        details.put("weDid", strip(wording.weDid()));
        details.put("decisions", changed);
        audit.recordForStage(officer.userId(), consultationId, StageKey.ACCOUNTABILITY.name(), "response.drafted",
                "consultation:" + consultationId, details);
    }

    /**
     * Sends the response with stage 7 to the panel (from the stage's work item): at least one commitment, and every
     * theme decided with a reason. It is not public yet.
     */
    @Transactional
    public void submit(SignedInUser officer, long consultationId, Wording wording) {
        requireEditable(officer, consultationId);
        List<FieldProblem> problems = new ArrayList<>(wordingProblems(wording));
        if (commitments.of(consultationId).isEmpty()) {
            problems.add(FieldProblem.of("commitments", "response.commitments.required"));
        }
        Map<Long, ThemeDecision> decided = drafts.decisions(consultationId).stream()
                .collect(Collectors.toMap(ThemeDecision::themeId, Function.identity()));
        List<String> undecided = themesOf(consultationId).values().stream()
                .filter(coded -> !decided.containsKey(coded.theme().id())).map(coded -> coded.theme().title())
                .toList();
        if (!undecided.isEmpty()) {
            problems.add(FieldProblem.of("decisions", "response.decisions.missing", String.join(", ", undecided)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        drafts.saveText(consultationId, strip(wording.youAsked()), strip(wording.youSaid()), strip(wording.weDid()),
                officer.userId(), now);
        drafts.submitted(consultationId, officer.userId(), now);
        audit.recordForStage(officer.userId(), consultationId, StageKey.ACCOUNTABILITY.name(), "response.submitted",
                "consultation:" + consultationId, Map.of("youAsked", strip(wording.youAsked()),
                        "youSaid", strip(wording.youSaid()), "weDid", strip(wording.weDid())));
    }

    /** The draft as the panel reads it while it signs off stage 7 (or the published one after). */
    @Transactional(readOnly = true)
    public Optional<ResponseDraft> draftOf(long consultationId) {
        return drafts.draft(consultationId);
    }

    /** Each theme with the council's decision, as decided (public once the response is published). */
    @Transactional(readOnly = true)
    public List<DecidedTheme> decisionsOf(long consultationId) {
        Map<Long, CodedTheme> themes = themesOf(consultationId);
        return drafts.decisions(consultationId).stream().filter(d -> themes.containsKey(d.themeId()))
                .map(d -> {
                    CodedTheme coded = themes.get(d.themeId());
                    return new DecidedTheme(d.themeId(), coded.theme().title(), coded.responses(),
                            coded.theme().summary(), d.decision(), d.reason());
                })
                .sorted(java.util.Comparator.comparingInt(DecidedTheme::responses).reversed())
                .toList();
    }

    /** The response as the panel reads it with stage 7; empty before the team saved anything. */
    @Transactional(readOnly = true)
    public java.util.Optional<ResponseEvidence> evidenceOf(long consultationId) {
        return drafts.draft(consultationId).map(draft -> new ResponseEvidence(draft, decisionsOf(consultationId),
                commitments.of(consultationId), themeTitles(consultationId)));
    }

    /** The decisions the public may read: none until the panel approved stage 7. */
    @Transactional(readOnly = true)
    public List<DecidedTheme> publishedDecisionsOf(long consultationId) {
        return commitments.response(consultationId).isPresent() ? decisionsOf(consultationId) : List.of();
    }

    /** The themes' titles, by id, to name the themes a commitment answers. */
    @Transactional(readOnly = true)
    public Map<Long, String> themeTitles(long consultationId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        themesOf(consultationId).forEach((id, coded) -> titles.put(id, coded.theme().title()));
        return titles;
    }

    /**
     * The panel decided stage 7. Approved: the response is published now, in the same transaction. Returned: the
     * response goes back to the team to change.
     */
    @EventListener
    @Transactional
    public void onGateClosed(GateClosed closed) {
        if (!StageKey.ACCOUNTABILITY.name().equals(closed.stage())) {
            return;
        }
        Optional<ResponseDraft> draft = drafts.draft(closed.consultationId());
        if (draft.isEmpty()) {
            return;
        }
        long consultationId = closed.consultationId();
        if (Gate.APPROVED.equals(closed.outcome())) {
            Instant now = clock.instant();
            ResponseDraft text = draft.get();
            String by = text.submittedBy() == null ? text.savedBy() : text.submittedBy();
            commitments.saveResponse(new CouncilResponse(consultationId, text.youAsked(), text.youSaid(),
                    text.weDid(), now, by));
            audit.record(AuditLog.SYSTEM, consultationId, "response.published", "consultation:" + consultationId,
                    Map.of("gate", "gate:" + closed.gateId(), "youAsked", text.youAsked(), "youSaid",
                            text.youSaid(), "weDid", text.weDid()));
            events.publish(new CouncilResponsePublished(consultationId, now));
        } else {
            drafts.submitted(consultationId, null, null);
            audit.record(AuditLog.SYSTEM, consultationId, "response.returned", "consultation:" + consultationId,
                    Map.of("gate", "gate:" + closed.gateId()));
        }
    }

    /** Stage 7 goes to the panel again (after a return): what it reads is the draft as it stands, so it is locked. */
    @EventListener
    @Transactional
    public void onGateOpened(GateOpened opened) {
        if (StageKey.ACCOUNTABILITY.name().equals(opened.stage())) {
            drafts.draft(opened.consultationId()).filter(draft -> !draft.isSubmitted())
                    .ifPresent(draft -> drafts.submitted(opened.consultationId(), draft.savedBy(), clock.instant()));
        }
    }

    /** Refuses anyone not an officer on the team, and any change once the response is with the panel or public. */
    void requireEditable(SignedInUser officer, long consultationId) {
        requireTeam(officer, consultationId);
        if (commitments.response(consultationId).isPresent()) {
            throw new InvalidInputException(FieldProblem.of("response", "response.alreadyPublished"));
        }
        if (drafts.draft(consultationId).filter(ResponseDraft::isSubmitted).isPresent()) {
            throw new InvalidInputException(FieldProblem.of("response", "response.withPanel"));
        }
    }

    void requireTeam(SignedInUser user, long consultationId) {
        if (!user.hasRole(Roles.OFFICER) || !memberships.isOnTeam(consultationId, user.userId())) {
            throw new AccessDeniedException(user.userId() + " is not on this consultation's team");
        }
    }

    Map<Long, CodedTheme> themesOf(long consultationId) {
        Map<Long, CodedTheme> themes = new LinkedHashMap<>();
        coding.evidence(consultationId).forEach(coded -> themes.put(coded.theme().id(), coded));
        return themes;
    }

    private static List<FieldProblem> wordingProblems(Wording wording) {
        List<FieldProblem> problems = new ArrayList<>();
        tooLong(problems, "youAsked", wording.youAsked(), 4000);
        tooLong(problems, "youSaid", wording.youSaid(), 6000);
        tooLong(problems, "weDid", wording.weDid(), 6000);
        return problems;
    }

    private static void tooLong(List<FieldProblem> problems, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(FieldProblem.of(field, "form.maxLength", max, text.strip().length()));
        }
    }

    private static List<FieldProblem> decisionProblems(DecisionInput input) {
        String field = "decision-" + input.themeId();
        String reasonField = "reason-" + input.themeId();
        if (input.decision() == null) {
            return input.reason() == null ? List.of()
                    : List.of(FieldProblem.of(field, "response.decision.required"));
        }
        if (!ThemeDecision.DECISIONS.contains(input.decision())) {
            return List.of(FieldProblem.of(field, "form.notAnOption"));
        }
        if (input.reason() == null || input.reason().length() < MIN_REASON) {
            return List.of(FieldProblem.of(reasonField, "response.decision.reasonRequired", MIN_REASON));
        }
        if (input.reason().length() > MAX_REASON) {
            return List.of(FieldProblem.of(reasonField, "form.maxLength", MAX_REASON, input.reason().length()));
        }
        return List.of();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
