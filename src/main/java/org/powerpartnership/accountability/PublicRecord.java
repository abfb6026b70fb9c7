package org.powerpartnership.accountability;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Escalation;
import org.powerpartnership.consultation.Escalations;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.StageRecord;
import org.powerpartnership.consultation.Stages;
import org.powerpartnership.consultation.SurveyChanges;
import org.powerpartnership.consultation.WindowExtensions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public accountability record, for anyone, without an account: per consultation the stages with their dates,
 * the panel's decisions and reasons (resident panel members named only with their consent), the team's answers to
 * returns, the published response, each commitment with its status and reviews, and the sponsor's answers to
 * escalations; across all consultations, a log filterable by area and status (also as open data).
 * Votes of a gate still open are not published: the public sees them once the gate has closed.
 */
@Service
public class PublicRecord {

    /** The kinds of entry in the accountability log. */
    public static final String STAGE_DECISION = "STAGE_DECISION";
    public static final String RESPONSE_PUBLISHED = "RESPONSE_PUBLISHED";
    public static final String COMMITMENT = "COMMITMENT";
    public static final String SPONSOR_RESPONSE = "SPONSOR_RESPONSE";
    /** A new version of the survey after the one agreed in stage 1: the reason is the detail. */
    public static final String SURVEY_CHANGED = "SURVEY_CHANGED";
    /** The participation window was extended: the dates are the subject, the lead officer's reason the detail. */
    public static final String WINDOW_EXTENDED = "WINDOW_EXTENDED";
    public static final String EXTENDED = "EXTENDED";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String ANSWERED = "ANSWERED";

    private final JdbcClient jdbc;
    private final ConsultationService consultations;
    private final Stages stages;
    private final SignOffService signOff;
    private final CommitmentService commitments;
    private final CouncilResponseService responses;
    private final Escalations escalations;
    private final PanelConsent consent;
    private final SurveyChanges surveyChanges;
    private final WindowExtensions windowExtensions;
    private final CommitmentHistory changes;
    private final Clock clock;

    PublicRecord(JdbcClient jdbc, ConsultationService consultations, Stages stages, SignOffService signOff,
                 CommitmentService commitments, Escalations escalations, PanelConsent consent,
                 ObjectProvider<SurveyChanges> surveyChanges, WindowExtensions windowExtensions,
                 CommitmentHistory changes, Clock clock, CouncilResponseService responses) {
        this.windowExtensions = windowExtensions;
        this.changes = changes;
        this.responses = responses;
        this.surveyChanges = surveyChanges.getIfAvailable(() -> SurveyChanges.NONE);
        this.jdbc = jdbc;
        this.consultations = consultations;
        this.stages = stages;
        this.signOff = signOff;
        this.commitments = commitments;
        this.escalations = escalations;
        this.consent = consent;
        this.clock = clock;
    }

    /** One consultation's record. */
    public record ConsultationRecord(String ref, String title, String summary, String area, String status,
                                     Instant launchedAt, Instant completedAt, String currentStage,
                                     List<StageEntry> stages, PublishedResponse response,
                                     List<CommitmentEntry> commitments, List<SponsorAnswer> sponsorAnswers,
                                     List<SurveyChanges.Change> surveyChanges, List<DecidedTheme> decisions,
                                     List<WindowExtended> windowExtensions) {
    }

    /**
     * The council's response as published: what it says and when. Not who pressed publish: the response is the
     * council's, not one officer's, and the internal user id it is recorded with must never be public (it would name
     * a sign-in account and be personal data). An officer's name is not added in its place for the same reason.
     */
    public record PublishedResponse(String youAsked, String youSaid, String weDid, Instant publishedAt) {

        static PublishedResponse of(CouncilResponse response) {
            return response == null ? null
                    : new PublishedResponse(response.youAsked(), response.youSaid(), response.weDid(),
                    response.publishedAt());
        }
    }

    /** The participation window moved from one closing date to a later one, and why (no officer's name). */
    public record WindowExtended(LocalDate from, LocalDate to, String reason, Instant extendedAt) {
    }

    /** A stage with its dates and every round of the panel's sign-off. */
    public record StageEntry(StageKey stage, String status, Instant openedAt, Instant submittedAt,
                             Instant signedOffAt, List<Decision> rounds) {
    }

    /**
     * One round of a stage's sign-off.
     *
     * @param outcome     APPROVED, RETURNED, or null while the panel is deciding
     * @param votesCast   how many have voted (the split is published once the gate closes)
     * @param votes       the votes with reasons, once closed
     * @param teamAnswer  how the team answered a return
     */
    public record Decision(long gateId, int round, Instant openedAt, Instant deadlineAt, Instant closedAt,
                           String outcome, int approvals, int returns, int votesCast, int eligible, int quorum,
                           List<PublicVote> votes, String teamAnswer, Instant answeredAt, String sponsorDecision,
                           String sponsorNote) {

        public boolean isOpen() {
            return closedAt == null;
        }
    }

    /** A panel member's vote as published: the name only with consent (null: "a resident panel member"). */
    public record PublicVote(String name, String decision, String reasons, Instant castAt, Instant changedAt) {
    }

    /** A commitment as published, with its review history. */
    public record CommitmentEntry(long id, String description, String owner, LocalDate dueOn, String status,
                                  boolean overdue, Instant deliveredAt, List<ReviewEntry> reviews, String measure,
                                  List<String> themes) {
    }

    /**
     * A look at a commitment as published.
     *
     * @param kind      SCHEDULED (panel review), PROGRESS (the team's report), DELIVERY_CHECK (the panel's check),
     *                  DUE_DATE_EXTENDED (judgement: old/new due date, an ISO 8601 interval) or WITHDRAWN
     * @param by   a panel member's name (with consent), or null
     */
    public record ReviewEntry(String kind, String judgement, String reasons, Instant at, String by) {
    }

    /** An escalation and the sponsor's published answer (null while unanswered). */
    public record SponsorAnswer(long id, String kind, String subject, Instant raisedAt, Instant answeredAt,
                                String response) {
    }

    /**
     * One line of the accountability log.
     *
     * @param id        stable across reads (for feeds), e.g. {@code gate-12}
     * @param kind      one of the constants of this class
     * @param detail    the reasons, the response or the owner and due date, as plain text
     * @param approvals a panel decision's approvals (null for other kinds), and {@code returns} its returns
     * @param owner     a commitment's owner (null for other kinds), and {@code dueOn} its due date
     */
    public record LogEntry(String id, Instant at, String consultationRef, String consultationTitle, String area,
                           String kind, String subject, String status, String detail, Integer approvals,
                           Integer returns, String owner, LocalDate dueOn) {
    }

    /** A consultation's record by its reference. */
    @Transactional(readOnly = true)
    public Optional<ConsultationRecord> record(String ref) {
        return jdbc.sql("select id from consultation where ref = ? and launched_at is not null").param(ref)
                .query(Long.class).optional().map(consultations::get).map(this::recordOf);
    }

    /** Every launched consultation's reference and title, the latest first. */
    @Transactional(readOnly = true)
    public List<Consultation> consultations() {
        return jdbc.sql("select id from consultation where launched_at is not null order by launched_at desc, id desc")
                .query(Long.class).list().stream().map(consultations::get).toList();
    }

    /** The accountability log, the latest first; null or blank filters match everything. */
    @Transactional(readOnly = true)
    public List<LogEntry> log(String area, String status) {
        List<LogEntry> entries = new ArrayList<>();
        for (Consultation consultation : consultations()) {
            String consultationArea = StageReviews.area(consultation);
            if (area != null && !area.isBlank() && !area.equalsIgnoreCase(String.valueOf(consultationArea))) {
                continue;
            }
            entries.addAll(logOf(recordOf(consultation)));
        }
        return entries.stream()
                .filter(entry -> status == null || status.isBlank() || status.equalsIgnoreCase(entry.status()))
                .sorted(Comparator.comparing(LogEntry::at).thenComparing(PublicRecord::sequence).reversed())
                .toList();
    }

    /** The areas consultations were held in, for the log's filter. */
    @Transactional(readOnly = true)
    public List<String> areas() {
        TreeSet<String> areas = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        consultations().stream().map(StageReviews::area).filter(a -> a != null && !a.isBlank()).forEach(areas::add);
        return List.copyOf(areas);
    }

    /** The statuses found in the log, for its filter. */
    @Transactional(readOnly = true)
    public List<String> statuses() {
        return List.copyOf(new TreeSet<>(log(null, null).stream().map(LogEntry::status).toList()));
    }

    private ConsultationRecord recordOf(Consultation consultation) {
        List<Gate> gates = signOff.gatesOf(consultation.id());
        List<StageEntry> stageEntries = new ArrayList<>();
        for (StageRecord stage : stages.of(consultation.id())) {
            List<Decision> rounds = gates.stream().filter(gate -> gate.stage() == stage.stage())
                    .sorted(Comparator.comparingInt(Gate::round)).map(this::decision).toList();
            stageEntries.add(new StageEntry(stage.stage(), stage.status(), stage.openedAt(), stage.submittedAt(),
                    stage.signedOffAt(), rounds));
        }
        stageEntries.sort(Comparator.comparingInt(entry -> entry.stage().number()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        // the commitments and decisions of a response not yet approved by the panel are the team's draft, not public
        CouncilResponse response = commitments.responseOf(consultation.id()).orElse(null);
        Map<Long, String> themes = responses.themeTitles(consultation.id());
        List<CommitmentEntry> commitmentEntries = response == null ? List.of() : commitments.of(consultation.id())
                .stream()
                .map(c -> new CommitmentEntry(c.id(), c.description(), c.ownerName(), c.dueOn(), c.status(),
                        CommitmentBoard.isOverdue(c, today), c.deliveredAt(), lookEntries(c), c.measure(),
                        c.themeIds().stream().map(themes::get).filter(java.util.Objects::nonNull).toList()))
                .toList();
        List<SponsorAnswer> answers = escalations.of(consultation.id()).stream()
                .map(e -> new SponsorAnswer(e.id(), e.kind(), e.subject(), e.raisedAt(), e.resolvedAt(), e.response()))
                .toList();
        return new ConsultationRecord(consultation.ref(), consultation.title(), consultation.summary(),
                StageReviews.area(consultation), consultation.status(), consultation.launchedAt(),
                consultation.completedAt(), consultation.currentStage(), stageEntries,
                PublishedResponse.of(response), commitmentEntries, answers, surveyChanges.changes(consultation.id()),
                responses.publishedDecisionsOf(consultation.id()),
                windowExtensions.of(consultation.id()).stream()
                        .map(e -> new WindowExtended(LocalDate.ofInstant(e.oldClosesAt(), clock.getZone()),
                                LocalDate.ofInstant(e.newClosesAt(), clock.getZone()), e.reason(), e.extendedAt()))
                        .toList());
    }

    private Decision decision(Gate gate) {
        Tally tally = signOff.tally(gate.id());
        List<PublicVote> votes = signOff.publicVotesOf(gate.id()).stream()
                .map(vote -> new PublicVote(consent.publicName(vote.voterId()).orElse(null), vote.decision(),
                        vote.reasons(), vote.castAt(), vote.changedAt()))
                .toList();
        boolean open = gate.isOpen();
        return new Decision(gate.id(), gate.round(), gate.openedAt(), gate.deadlineAt(), gate.closedAt(),
                gate.outcome(), open ? 0 : tally.approvals(), open ? 0 : tally.returns(),
                tally.approvals() + tally.returns(), tally.eligible(), tally.required(), votes, gate.teamAnswer(),
                gate.answeredAt(), gate.sponsorDecision(), gate.sponsorNote());
    }

    /** Reviews, reports and changes since publication (a later due date, a withdrawal), in the order they happened. */
    private List<ReviewEntry> lookEntries(Commitment commitment) {
        List<ReviewEntry> entries = new ArrayList<>(commitments.reviewsOf(commitment.id()).stream()
                .map(this::reviewEntry).toList());
        for (CommitmentEvent change : changes.of(commitment.id())) {
            entries.add(new ReviewEntry(change.kind(), change.isWithdrawal() ? "withdrawn"
                    : change.oldValue() + "/" + change.newValue(), change.reasons(), change.recordedAt(), null));
        }
        entries.sort(Comparator.comparing(ReviewEntry::at));
        return entries;
    }

    private ReviewEntry reviewEntry(CommitmentReview review) {
        String by = "PROGRESS".equals(review.kind()) ? null : consent.publicName(review.reviewedBy()).orElse(null);
        return new ReviewEntry(review.kind(), review.judgement(), review.reasons(), review.reviewedAt(), by);
    }

    private static List<LogEntry> logOf(ConsultationRecord record) {
        List<LogEntry> entries = new ArrayList<>();
        for (StageEntry stage : record.stages()) {
            for (Decision decision : stage.rounds()) {
                if (!decision.isOpen()) {
                    entries.add(new LogEntry("gate-" + decision.gateId(), decision.closedAt(), record.ref(),
                            record.title(), record.area(), STAGE_DECISION, stage.stage().name(), decision.outcome(),
                            reasonsOf(decision), decision.approvals(), decision.returns(), null, null));
                }
            }
        }
        if (record.response() != null) {
            entries.add(new LogEntry("response-" + record.ref(), record.response().publishedAt(), record.ref(),
                    record.title(), record.area(), RESPONSE_PUBLISHED, record.response().youAsked(), PUBLISHED,
                    record.response().weDid(), null, null, null, null));
        }
        for (CommitmentEntry commitment : record.commitments()) {
            String status = commitment.overdue() && !Commitment.OVERDUE.equals(commitment.status())
                    ? Commitment.OVERDUE : commitment.status();
            Instant changed = commitment.reviews().stream().map(ReviewEntry::at).max(Comparator.naturalOrder())
                    .orElse(record.response() == null ? record.launchedAt() : record.response().publishedAt());
            entries.add(new LogEntry("commitment-" + commitment.id(), changed, record.ref(), record.title(),
                    record.area(), COMMITMENT, commitment.description(), status,
                    commitment.owner() + ", due " + commitment.dueOn(), null, null, commitment.owner(),
                    commitment.dueOn()));
        }
        for (SurveyChanges.Change change : record.surveyChanges()) {
            entries.add(new LogEntry("survey-" + record.ref() + "-" + change.version(), change.publishedAt(),
                    record.ref(), record.title(), record.area(), SURVEY_CHANGED, "version " + change.version(),
                    PUBLISHED, change.reason(), null, null, null, null));
        }
        int extension = 0;
        for (WindowExtended extended : record.windowExtensions()) {
            entries.add(new LogEntry("window-" + record.ref() + "-" + ++extension, extended.extendedAt(),
                    record.ref(), record.title(), record.area(), WINDOW_EXTENDED,
                    extended.from() + " – " + extended.to(), EXTENDED, extended.reason(), null, null, null, null));
        }
        for (SponsorAnswer answer : record.sponsorAnswers()) {
            if (answer.answeredAt() != null) {
                entries.add(new LogEntry("escalation-" + answer.id(), answer.answeredAt(), record.ref(),
                        record.title(), record.area(), SPONSOR_RESPONSE, answer.subject(), ANSWERED,
                        answer.response(), null, null, null, null));
            }
        }
        return entries;
    }

    /** Orders entries of the same moment: a later round (a higher record id) after an earlier one. */
    private static long sequence(LogEntry entry) {
        String digits = entry.id().replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** The reasons given for a decision (returns' reasons, the sponsor's note), or null when none were needed. */
    private static String reasonsOf(Decision decision) {
        List<String> reasons = new ArrayList<>();
        for (PublicVote vote : decision.votes()) {
            if (vote.reasons() != null && !vote.reasons().isBlank()) {
                reasons.add(vote.reasons());
            }
        }
        if (decision.sponsorNote() != null) {
            reasons.add(decision.sponsorNote());
        }
        return reasons.isEmpty() ? null : String.join(" | ", reasons);
    }
}
