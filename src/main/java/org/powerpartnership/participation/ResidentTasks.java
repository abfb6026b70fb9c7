package org.powerpartnership.participation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.ResponsePublication;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormSchema;
import org.powerpartnership.profile.ProfileService;
import org.powerpartnership.survey.SurveyService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.Completion;
import org.powerpartnership.workflow.FinishedWork;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A resident's own tasks in one list: the engine's tasks given to them (co-design, a juror's reflection, reply to
 * the session invitation and vote)
 * and a survey for every consultation whose participation window is open. Every method checks that the task is the
 * resident's: someone else's task id, or a survey they may not answer, is refused here, whatever the screen does.
 */
@Service
public class ResidentTasks {

    public static final String SURVEY_PREFIX = "survey:";
    public static final String TASK_PREFIX = "task:";

    /** What kind of task it is, so the screen can say so in plain words. */
    public enum Kind { SURVEY, CO_DESIGN, REFLECTION, SESSION, VOTE, OTHER }

    public enum Status { NOT_STARTED, DRAFT_SAVED, DONE }

    /**
     * One line of "My tasks". {@code taskId} is set for engine tasks, {@code consultationId} (and the
     * consultation's public reference) whenever known, {@code doneAt} once it is done, and
     * {@code responsePublishedAt} once it is done and the council has published its response to the consultation
     * ("what happened with what you said").
     */
    public record ResidentTask(String ref, Kind kind, String name, String taskId, Long consultationId,
                               String consultationTitle, String consultationRef, Instant dueAt, Status status,
                               Instant doneAt, Instant responsePublishedAt) {
    }

    /** A task opened for doing: its form, what was saved of it, and for a reflection the evidence to read first. */
    /**
     * @param draft   what the resident saved last time (empty if nothing)
     * @param offered answers from their profile to start from when there is no draft (equality questions)
     */
    public record OpenTask(String ref, Kind kind, String name, String taskId, Consultation consultation,
                           Instant dueAt, FormSchema form, Map<String, Object> draft,
                           Optional<EvidencePacks.EvidencePack> evidence, Map<String, Object> offered) {
    }

    private final WorkService work;
    private final ParticipationService participation;
    private final ConsultationService consultations;
    private final TaskDrafts drafts;
    private final EvidencePacks evidence;
    private final FormCatalog forms;
    private final SurveyService surveys;
    private final ProfileService profiles;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectProvider<ResponsePublication> responses;

    ResidentTasks(WorkService work, ParticipationService participation, ConsultationService consultations,
                  TaskDrafts drafts, EvidencePacks evidence, FormCatalog forms, SurveyService surveys,
                  ProfileService profiles, JdbcClient jdbc,
                  PlatformTransactionManager transactions, Clock clock, ObjectProvider<ResponsePublication> responses) {
        this.responses = responses;
        this.work = work;
        this.participation = participation;
        this.consultations = consultations;
        this.drafts = drafts;
        this.evidence = evidence;
        this.forms = forms;
        this.surveys = surveys;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** How many finished tasks "My tasks" looks back over. */
    static final int DONE_SHOWN = 50;

    /**
     * The resident's tasks: open ones soonest due first, then what they have done (engine tasks and answered
     * surveys, also of consultations that have closed since), most recent first.
     */
    @Transactional(readOnly = true)
    public List<ResidentTask> of(SignedInUser resident) {
        requireResident(resident);
        Set<String> drafted = drafts.refsOf(resident);
        Map<Long, Consultation> byId = new HashMap<>();
        List<ResidentTask> open = new ArrayList<>();
        for (WorkItem item : work.inbox(resident, 0, 200)) {
            if (!isResidentWork(resident, item)) {
                continue;
            }
            String ref = TASK_PREFIX + item.taskId();
            open.add(new ResidentTask(ref, kindOf(item.formRef()), item.name(), item.taskId(), item.consultationId(),
                    titleOf(item.consultationId(), byId, item.businessKey()), refOf(item.consultationId(), byId),
                    item.dueAt(), drafted.contains(ref) ? Status.DRAFT_SAVED : Status.NOT_STARTED, null, null));
        }
        Map<Long, Instant> answered = new HashMap<>();
        jdbc.sql("select consultation_id, submitted_at from response where respondent_id = ?")
                .param(resident.userId())
                .query((rs, row) -> answered.put(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
        for (Consultation consultation : openForResponses()) {
            byId.putIfAbsent(consultation.id(), consultation);
            String ref = SURVEY_PREFIX + consultation.id();
            if (!answered.containsKey(consultation.id())) {
                open.add(new ResidentTask(ref, Kind.SURVEY, consultation.title(), null, consultation.id(),
                        consultation.title(), consultation.ref(), consultation.windowClosesAt(),
                        drafted.contains(ref) ? Status.DRAFT_SAVED : Status.NOT_STARTED, null, null));
            }
        }
        open.sort(Comparator.comparing(ResidentTask::dueAt, Comparator.nullsLast(Comparator.naturalOrder())));

        List<ResidentTask> done = new ArrayList<>();
        Map<Long, Optional<Instant>> published = new HashMap<>();
        answered.forEach((consultationId, at) -> {
            String title = titleOf(consultationId, byId, null);
            done.add(new ResidentTask(SURVEY_PREFIX + consultationId, Kind.SURVEY, title, null, consultationId,
                    title, refOf(consultationId, byId), null, Status.DONE, at, publishedAt(consultationId, published)));
        });
        for (FinishedWork finished : work.finishedBy(resident, DONE_SHOWN)) {
            Kind kind = kindOf(finished.formRef());
            if (kind == Kind.OTHER) {
                continue; // work they did in another role (an officer who is also a resident) is not shown here
            }
            done.add(new ResidentTask(TASK_PREFIX + finished.taskId(), kind, finished.name(), finished.taskId(),
                    finished.consultationId(), titleOf(finished.consultationId(), byId, null),
                    refOf(finished.consultationId(), byId), null, Status.DONE, finished.finishedAt(),
                    publishedAt(finished.consultationId(), published)));
        }
        done.sort(Comparator.comparing(ResidentTask::doneAt).reversed());
        List<ResidentTask> tasks = new ArrayList<>(open);
        tasks.addAll(done);
        return tasks;
    }

    /** When the council's response to the consultation was published (null: not yet), asked once per list. */
    private Instant publishedAt(Long consultationId, Map<Long, Optional<Instant>> published) {
        return consultationId == null ? null : published.computeIfAbsent(consultationId,
                id -> responses.getIfAvailable(() -> ResponsePublication.NONE).publishedAt(id)).orElse(null);
    }

    /** Each consultation is read once per list, however many tasks it has. */
    private Optional<Consultation> about(Long consultationId, Map<Long, Consultation> byId) {
        return Optional.ofNullable(consultationId).map(id -> byId.computeIfAbsent(id, consultations::get));
    }

    private String titleOf(Long consultationId, Map<Long, Consultation> byId, String fallback) {
        return about(consultationId, byId).map(Consultation::title).orElse(fallback);
    }

    private String refOf(Long consultationId, Map<Long, Consultation> byId) {
        return about(consultationId, byId).map(Consultation::ref).orElse(null);
    }

    /** Consultations whose participation window is open now, closing soonest first. */
    @Transactional(readOnly = true)
    public List<Consultation> openForResponses() {
        Instant now = clock.instant();
        return jdbc.sql("select id from consultation where window_opened_at is not null and window_closed_at is null "
                        + "order by window_closes_at, id")
                .query(Long.class).list().stream().map(consultations::get)
                .filter(c -> c.isWindowOpen(now)).toList();
    }

    /**
     * The survey of a consultation, for a resident who may still answer it.
     *
     * @throws InvalidInputException {@code residentTasks.survey.closed} when the window is not open (or there is
     *                               no such consultation), {@code participation.alreadyResponded} when answered
     */
    @Transactional(readOnly = true)
    public OpenTask openSurvey(SignedInUser resident, long consultationId) {
        requireResident(resident);
        Consultation consultation = openConsultation(consultationId);
        if (hasResponded(resident, consultationId)) {
            throw new InvalidInputException(FieldProblem.of("window", "participation.alreadyResponded"));
        }
        String ref = SURVEY_PREFIX + consultationId;
        FormSchema survey = surveys.current(consultationId).schema();
        return new OpenTask(ref, Kind.SURVEY, consultation.title(), null, consultation,
                consultation.windowClosesAt(), survey, drafts.load(resident, ref).orElse(Map.of()), Optional.empty(),
                fromProfile(resident, survey));
    }

    /**
     * Answers the resident already gave in their profile, for the survey's questions that ask the same thing with the
     * same answers (the equality questions share one vocabulary): offered filled in, never asked again from scratch.
     */
    private Map<String, Object> fromProfile(SignedInUser resident, FormSchema survey) {
        Map<String, Object> offered = new java.util.LinkedHashMap<>();
        profiles.profileOf(resident).ifPresent(profile -> {
            Map<String, String> known = new java.util.HashMap<>();
            known.put("ageBand", profile.ageBand());
            known.put("sex", profile.sex());
            known.put("ethnicity", profile.ethnicity());
            known.put("disability", profile.disability());
            known.put("caring", profile.caring());
            known.forEach((key, value) -> survey.field(key)
                    .filter(field -> value != null && field.option(value).isPresent())
                    .ifPresent(field -> offered.put(key, value)));
        });
        return offered;
    }

    /** Sends the survey answers (checked against the form) and deletes the draft. A second answer is refused. */
    public long submitSurvey(SignedInUser resident, long consultationId, Map<String, ?> answers) {
        return submitSurvey(resident, consultationId, answers, HearBackRequest.NONE);
    }

    /** As {@link #submitSurvey(SignedInUser, long, Map)}, and whether to tell them when the council responds. */
    public long submitSurvey(SignedInUser resident, long consultationId, Map<String, ?> answers,
                             HearBackRequest hearBack) {
        requireResident(resident);
        openConsultation(consultationId);
        try {
            Long id = transaction.execute(status -> {
                long response = participation.respondOnline(resident, consultationId, answers, hearBack);
                drafts.delete(resident, SURVEY_PREFIX + consultationId);
                return response;
            });
            return id;
        } catch (DataIntegrityViolationException sameTimeInAnotherTab) {
            throw new InvalidInputException(FieldProblem.of("window", "participation.alreadyResponded"));
        }
    }

    /**
     * An engine task of the resident's, refused for anyone else's.
     *
     * @throws org.powerpartnership.workflow.WorkItemGoneException when it is done or no longer needed
     * @throws AccessDeniedException                               when it is not theirs
     */
    @Transactional(readOnly = true)
    public OpenTask openTask(SignedInUser resident, String taskId) {
        WorkItem item = ownTask(resident, taskId);
        Consultation consultation = item.consultationId() == null ? null : consultations.get(item.consultationId());
        Kind kind = kindOf(item.formRef());
        Optional<EvidencePacks.EvidencePack> pack = (kind == Kind.REFLECTION || kind == Kind.SESSION
                || kind == Kind.VOTE)
                && item.consultationId() != null
                ? evidence.of(item.consultationId()) : Optional.empty();
        String ref = TASK_PREFIX + taskId;
        return new OpenTask(ref, kind, item.name(), taskId, consultation, item.dueAt(), forms.byId(item.formRef()),
                drafts.load(resident, ref).orElse(Map.of()), pack, Map.of());
    }

    /** Completes the resident's own engine task once (a second time: WorkItemGoneException) and deletes the draft. */
    @Transactional
    public Completion completeTask(SignedInUser resident, String taskId, Map<String, ?> values) {
        ownTask(resident, taskId);
        Completion completion = work.complete(resident, taskId, values);
        drafts.delete(resident, TASK_PREFIX + taskId);
        return completion;
    }

    /** Keeps what was typed so far, valid or not, for a task the resident may do. */
    @Transactional
    public void saveDraft(SignedInUser resident, String ref, Map<String, ?> values) {
        if (ref.startsWith(SURVEY_PREFIX)) {
            long consultationId = Long.parseLong(ref.substring(SURVEY_PREFIX.length()));
            requireResident(resident);
            openConsultation(consultationId);
        } else if (ref.startsWith(TASK_PREFIX)) {
            ownTask(resident, ref.substring(TASK_PREFIX.length()));
        } else {
            throw new IllegalArgumentException("Not a task: " + ref);
        }
        drafts.save(resident, ref, values);
    }

    private WorkItem ownTask(SignedInUser resident, String taskId) {
        requireResident(resident);
        WorkItem item = work.open(resident, taskId);
        if (!isResidentWork(resident, item)) {
            throw new AccessDeniedException(resident.userId() + " may not do " + taskId + " as a resident");
        }
        return item;
    }

    private Consultation openConsultation(long consultationId) {
        Consultation consultation;
        try {
            consultation = consultations.get(consultationId);
        } catch (IllegalArgumentException noSuchConsultation) {
            throw closed();
        }
        if (!consultation.isWindowOpen(clock.instant())) {
            throw closed();
        }
        return consultation;
    }

    private boolean hasResponded(SignedInUser resident, long consultationId) {
        return jdbc.sql("select count(*) from response where consultation_id = ? and respondent_id = ?")
                .params(consultationId, resident.userId()).query(Long.class).single() > 0;
    }

    private static InvalidInputException closed() {
        return new InvalidInputException(FieldProblem.of("window", "residentTasks.survey.closed"));
    }

    /**
     * Offered to residents, and not given to someone else. A panel member's vote is given to them by name too, but
     * it is panel work: it belongs in their sign-off queue with the evidence, not among their resident tasks.
     */
    private static boolean isResidentWork(SignedInUser resident, WorkItem item) {
        boolean offeredToResidents = item.candidateGroup() != null && (item.candidateGroup().equals(Roles.RESIDENT)
                || item.candidateGroup().startsWith(Roles.RESIDENT + ":"));
        return offeredToResidents && (item.assignee() == null || item.assignee().equals(resident.userId()));
    }

    private static void requireResident(SignedInUser user) {
        if (!user.hasRole(Roles.RESIDENT)) {
            throw new AccessDeniedException("Only residents have resident tasks");
        }
    }

    static Kind kindOf(String formRef) {
        String form = formRef == null ? "" : formRef;
        return switch (form) {
            case "co-design-contribution" -> Kind.CO_DESIGN;
            case "deliberation-reflection" -> Kind.REFLECTION;
            case SessionReplies.FORM -> Kind.SESSION;
            case "recommendation-vote" -> Kind.VOTE;
            default -> Kind.OTHER;
        };
    }
}
