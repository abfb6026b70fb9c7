package org.powerpartnership.accountability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.powerpartnership.audit.AuditEntry;
import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Member;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.consultation.Stages;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormField;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.powerpartnership.participation.AreaProfile;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ResponseCoding;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a stage's evidence bundle for its panel (and, to read, its team, its sponsor and admins), and tells
 * the reader where they stand: vote now, change their vote, or why they may not vote.
 */
@Service
public class StageReviews {

    static final String TASK_COMPLETED = "task.completed";
    /** The sign-off's own tasks: judging the stage, not working in it (as {@link SignOffService#stageWorkers}). */
    static final Set<String> SIGN_OFF_TASKS = Set.of("task:Task_VoteOnStage", "task:Task_ResolveStalledGate",
            "task:Task_SettlePanel");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCUMENT = Pattern.compile(
            ".*\\.(pdf|docx?|odt|xlsx?|ods|pptx?|odp|csv|rtf|txt)([?#].*)?$", Pattern.CASE_INSENSITIVE);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final SignOffService signOff;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final Stages stages;
    private final AuditLog audit;
    private final ParticipationService participation;
    private final AccountService accounts;
    private final FormCatalog forms;
    private final AccountabilityWork work;
    private final ResponseCoding coding;
    private final ObjectMapper json;
    private final SurveyService surveys;
    private final CouncilResponseService responses;
    private final StageChanges changes;

    StageReviews(SignOffService signOff, ConsultationService consultations, Memberships memberships, Stages stages,
                 AuditLog audit, ParticipationService participation, AccountService accounts, FormCatalog forms,
                 AccountabilityWork work, ResponseCoding coding, ObjectMapper json, SurveyService surveys,
                 CouncilResponseService responses, StageChanges changes) {
        this.responses = responses;
        this.surveys = surveys;
        this.changes = changes;
        this.signOff = signOff;
        this.consultations = consultations;
        this.memberships = memberships;
        this.stages = stages;
        this.audit = audit;
        this.participation = participation;
        this.accounts = accounts;
        this.forms = forms;
        this.work = work;
        this.coding = coding;
        this.json = json;
    }

    /** The evidence bundle of a gate; for the consultation's panel, team and sponsor, and admins. */
    @Transactional(readOnly = true)
    public StageReview review(SignedInUser reader, long gateId) {
        Gate gate = signOff.gate(gateId);
        requireReader(reader, gate.consultationId());
        Consultation consultation = consultations.get(gate.consultationId());
        List<StageReview.Work> done = new ArrayList<>();
        List<StageReview.Link> links = new ArrayList<>();
        Map<String, Integer> tasksByActor = new LinkedHashMap<>();
        Map<String, List<String>> taskNamesByActor = new LinkedHashMap<>();
        for (AuditEntry entry : stageWork(gate)) {
            Map<String, Object> details = details(entry);
            String task = String.valueOf(details.getOrDefault("task", entry.subject()));
            Map<String, Object> values = values(details);
            List<StageReview.Value> labelled = label(values);
            done.add(new StageReview.Work(task, nameOf(entry.actor()), entry.occurredAt(), labelled));
            links.addAll(linksIn(labelled, task));
            tasksByActor.merge(entry.actor(), 1, Integer::sum);
            taskNamesByActor.computeIfAbsent(entry.actor(), key -> new ArrayList<>()).add(task);
        }
        Map<String, String> capacities = capacities(gate.consultationId());
        List<StageReview.Participant> participants = tasksByActor.entrySet().stream()
                .map(e -> new StageReview.Participant(e.getKey(), nameOf(e.getKey()), capacities.get(e.getKey()),
                        e.getValue()))
                .toList();
        List<StageReview.Round> earlier = signOff.gatesOf(gate.consultationId()).stream()
                .filter(other -> other.stage() == gate.stage() && other.round() < gate.round())
                .sorted(Comparator.comparingInt(Gate::round))
                .map(other -> new StageReview.Round(other, panelVotes(signOff.votes(other.id())),
                        other.answeredBy() == null ? null : nameOf(other.answeredBy())))
                .toList();
        return new StageReview(gate, consultation.ref(), consultation.title(), area(consultation),
                stages.find(gate.consultationId(), gate.stage()).orElse(null), done, participants,
                participation.figures(gate.consultationId()), AreaProfile.ENGLAND_AND_WALES_ADULTS, dedupe(links),
                earlier, signOff.tally(gateId), standing(reader, gate, taskNamesByActor),
                gate.stage() == StageKey.PARTICIPATION ? coding.evidence(gate.consultationId()) : List.of());
    }

    /**
     * For a round after a return: what the team changed in the stage's own work since the panel's last look, and its
     * answer to each of the panel's reasons. Empty for a first round.
     */
    @Transactional(readOnly = true)
    public Optional<StageChanges.SinceReturn> changesSinceReturn(SignedInUser reader, long gateId) {
        Gate gate = signOff.gate(gateId);
        requireReader(reader, gate.consultationId());
        return changes.of(gate);
    }

    /**
     * For stage 1's gate: the survey published with the agreed question and methods (the latest version when the
     * gate opened), so the panel signs off what residents will be asked. Empty for other stages.
     */
    @Transactional(readOnly = true)
    public Optional<SurveyEvidence> survey(SignedInUser reader, long gateId) {
        Gate gate = signOff.gate(gateId);
        requireReader(reader, gate.consultationId());
        if (gate.stage() != StageKey.EARLY_ENGAGEMENT) {
            return Optional.empty();
        }
        return surveys.publishedAsOf(gate.consultationId(), gate.openedAt()).map(survey -> new SurveyEvidence(
                survey.version(), survey.changedAt(), survey.schema().allComponents().stream()
                        .filter(FormField::isKeyed)
                        .map(field -> new SurveyEvidence.Question(field.label(),
                                field.property("scale").filter("rating"::equals).isPresent() ? "rating"
                                        : field.schemaType(), field.required()))
                        .toList()));
    }

    /** For stage 7's gate: the council's response as submitted to the panel. Empty for other stages. */
    @Transactional(readOnly = true)
    public Optional<ResponseEvidence> councilResponse(SignedInUser reader, long gateId) {
        Gate gate = signOff.gate(gateId);
        requireReader(reader, gate.consultationId());
        return gate.stage() == StageKey.ACCOUNTABILITY ? responses.evidenceOf(gate.consultationId())
                : Optional.empty();
    }

    /** The votes of a gate with voters' names, for its panel, team, sponsor and admins. */
    @Transactional(readOnly = true)
    public List<StageReview.PanelVote> votes(SignedInUser reader, long gateId) {
        Gate gate = signOff.gate(gateId);
        requireReader(reader, gate.consultationId());
        return panelVotes(signOff.votes(gateId));
    }

    /** Where a person stands on a gate. */
    @Transactional(readOnly = true)
    public StageReview.Standing standing(SignedInUser reader, long gateId) {
        Gate gate = signOff.gate(gateId);
        Map<String, List<String>> byActor = new LinkedHashMap<>();
        for (AuditEntry entry : stageWork(gate)) {
            byActor.computeIfAbsent(entry.actor(), key -> new ArrayList<>())
                    .add(String.valueOf(details(entry).getOrDefault("task", entry.subject())));
        }
        return standing(reader, gate, byActor);
    }

    private StageReview.Standing standing(SignedInUser reader, Gate gate, Map<String, List<String>> workByActor) {
        boolean onPanel = memberships.holds(gate.consultationId(), reader.userId(), MemberRole.PANEL);
        List<String> own = workByActor.getOrDefault(reader.userId(), List.of());
        if (!own.isEmpty()) {
            return new StageReview.Standing(StageReview.Standing.Kind.OWN_WORK, null, null, List.copyOf(own));
        }
        if (!onPanel) {
            return new StageReview.Standing(StageReview.Standing.Kind.READER, null, null, List.of());
        }
        Optional<Vote> vote = signOff.voteOf(gate.id(), reader.userId());
        if (vote.isPresent()) {
            return new StageReview.Standing(StageReview.Standing.Kind.VOTED, null, vote.get(), List.of());
        }
        if (gate.isOpen()) {
            Optional<WorkItem> task = work.voteTask(reader, gate.id());
            if (task.isPresent()) {
                return new StageReview.Standing(StageReview.Standing.Kind.MAY_VOTE, task.get().taskId(), null,
                        List.of());
            }
        }
        return new StageReview.Standing(StageReview.Standing.Kind.NOT_A_VOTER, null, null, List.of());
    }

    /** The stage's completed work items, the sign-off's own tasks left out. */
    private List<AuditEntry> stageWork(Gate gate) {
        return audit.inStage(gate.consultationId(), gate.stage().name(), TASK_COMPLETED).stream()
                .filter(entry -> !SIGN_OFF_TASKS.contains(entry.subject())).toList();
    }

    private void requireReader(SignedInUser reader, long consultationId) {
        if (reader.hasRole(Roles.ADMIN)) {
            return;
        }
        boolean allowed = memberships.of(consultationId).stream()
                .filter(member -> member.userId().equals(reader.userId()))
                .anyMatch(member -> member.role() == MemberRole.PANEL || member.role() == MemberRole.SPONSOR
                        || member.role().isTeam());
        if (!allowed) {
            throw new AccessDeniedException(reader.userId() + " is not on the panel, team or sponsor of consultation "
                    + consultationId);
        }
    }

    private List<StageReview.PanelVote> panelVotes(List<Vote> votes) {
        return votes.stream().map(vote -> new StageReview.PanelVote(vote.voterId(), nameOf(vote.voterId()),
                vote.decision(), vote.reasons(), vote.castAt(), vote.changedAt())).toList();
    }

    private Map<String, String> capacities(long consultationId) {
        Map<String, String> capacities = new LinkedHashMap<>();
        for (Member member : memberships.of(consultationId)) {
            capacities.putIfAbsent(member.userId(), member.role().name());
        }
        return capacities;
    }

    String nameOf(String userId) {
        if (AuditLog.SYSTEM.equals(userId)) {
            return userId;
        }
        return accounts.person(userId).map(Person::displayName).orElse(userId);
    }

    static String area(Consultation consultation) {
        if (consultation.geographyName() != null && !consultation.geographyName().isBlank()) {
            return consultation.geographyName();
        }
        return consultation.geographyType();
    }

    private Map<String, Object> details(AuditEntry entry) {
        if (entry.details() == null) {
            return Map.of();
        }
        try {
            return json.readValue(entry.details(), JSON_OBJECT);
        } catch (Exception unreadable) {
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Map<String, Object> details) {
        Object values = details.get("values");
        return values instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** Labels the values with the form they came from: the smallest form that has every one of their keys. */
    private List<StageReview.Value> label(Map<String, Object> values) {
        Optional<FormSchema> form = formFor(values.keySet());
        List<StageReview.Value> labelled = new ArrayList<>();
        List<String> order = form.map(schema -> schema.fields().stream().map(FormField::key)
                .filter(values::containsKey).toList()).orElse(List.copyOf(values.keySet()));
        Set<String> keys = new LinkedHashSet<>(order);
        keys.addAll(values.keySet());
        for (String key : keys) {
            Object value = values.get(key);
            if (value == null || (value instanceof String text && text.isBlank())
                    || (value instanceof Collection<?> list && list.isEmpty())) {
                continue;
            }
            Optional<FormField> field = form.flatMap(schema -> schema.field(key));
            String label = field.map(FormField::label).filter(text -> !text.isBlank()).orElse(humanise(key));
            labelled.add(new StageReview.Value(key, label, readable(field, value)));
        }
        return labelled;
    }

    private Optional<FormSchema> formFor(Set<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return forms.ids().stream().map(forms::byId).filter(schema -> schema.keys().containsAll(keys))
                .min(Comparator.comparingInt(schema -> schema.keys().size()));
    }

    private static Object readable(Optional<FormField> field, Object value) {
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(item -> optionLabel(field, String.valueOf(item))).toList());
        }
        if (value instanceof String text) {
            return optionLabel(field, text);
        }
        return value;
    }

    private static String optionLabel(Optional<FormField> field, String value) {
        return field.filter(f -> !f.options().isEmpty() && f.option(value).isPresent())
                .map(f -> f.optionLabel(value)).orElse(value);
    }

    static String humanise(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static List<StageReview.Link> linksIn(List<StageReview.Value> values, String task) {
        List<StageReview.Link> links = new ArrayList<>();
        for (StageReview.Value value : values) {
            if (value.value() instanceof String text) {
                Matcher matcher = URL.matcher(text);
                while (matcher.find()) {
                    String url = matcher.group().replaceAll("[.,;:!?]+$", "");
                    links.add(new StageReview.Link(url, DOCUMENT.matcher(url).matches(), task));
                }
            }
        }
        return links;
    }

    private static List<StageReview.Link> dedupe(List<StageReview.Link> links) {
        Map<String, StageReview.Link> unique = new LinkedHashMap<>();
        links.forEach(link -> unique.putIfAbsent(link.url(), link));
        return List.copyOf(unique.values());
    }
}
