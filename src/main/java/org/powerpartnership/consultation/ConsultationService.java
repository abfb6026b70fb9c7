package org.powerpartnership.consultation;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.forms.FormCatalog;
import org.powerpartnership.forms.FormValues;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.ProcessVariables;
import org.powerpartnership.workflow.WorkflowPort;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Launching consultations and finding them. A launch checks the brief against its form, the team and panel
 * against the rules of the approach (a lead and a deputy, an independent panel of at least three), records
 * everything, and starts the engagement cycle, in one transaction.
 */
@Service
public class ConsultationService {

    public static final String BRIEF_FORM = "early-engagement-brief";
    public static final String PROCESS = "engagement-cycle";
    public static final int MIN_PANEL = 3;

    private final ConsultationRepository consultations;
    private final Memberships memberships;
    private final AccountService accounts;
    private final FormCatalog forms;
    private final WorkflowPort workflow;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ConsultationService(ConsultationRepository consultations, Memberships memberships, AccountService accounts,
                        FormCatalog forms, WorkflowPort workflow, AuditLog audit,
                        DomainEvents events, Clock clock) {
        this.consultations = consultations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.forms = forms;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Consultation launch(SignedInUser officer, LaunchRequest request) {
        if (!officer.hasRole(Roles.OFFICER)) {
            throw new AccessDeniedException("Only officers launch consultations");
        }
        List<FieldProblem> problems = check(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> brief = FormValues.throwIfInvalid(forms.byId(BRIEF_FORM), request.brief());
        String summary = request.summary().strip();

        ConsultationSettings settings = request.settings() == null ? ConsultationSettings.defaults() : request.settings();
        String title = (String) brief.get("title");
        String ref = newRef(title);
        Instant now = clock.instant();
        Consultation draft = new Consultation(0, ref, title, summary, Consultation.ACTIVE,
                (String) brief.get("issue"), (String) brief.get("formativeStatement"), (String) brief.get("iap2Level"),
                (String) brief.get("iap2Promise"), (String) brief.get("decisionMaker"),
                (String) brief.get("geographyType"), (String) brief.get("geographyName"),
                (BigDecimal) brief.get("budget"), null, null, intValue(brief.get("participationWindowDays")),
                (LocalDate) brief.get("decisionBy"), settings.taskDueDays(), settings.reminderLeadDays(),
                settings.signOffDays(), settings.quorum(),
                settings.reviewMonths().stream().map(String::valueOf).collect(Collectors.joining(",")),
                request.deliberativePanel(), null, null, officer.userId(), now, now, null, null, null, null);
        long id = consultations.insert(draft);

        memberships.add(id, ref, request.leadOfficerId(), MemberRole.LEAD);
        memberships.add(id, ref, request.deputyOfficerId(), MemberRole.DEPUTY);
        for (String other : nullSafe(request.otherOfficerIds())) {
            memberships.add(id, ref, other, MemberRole.OFFICER);
        }
        if (!officer.userId().equals(request.leadOfficerId()) && !officer.userId().equals(request.deputyOfficerId())) {
            memberships.add(id, ref, officer.userId(), MemberRole.OFFICER);
        }
        for (String member : request.panelMemberIds()) {
            memberships.add(id, ref, member, MemberRole.PANEL);
        }
        memberships.add(id, ref, request.sponsorId(), MemberRole.SPONSOR);
        for (String resident : nullSafe(request.coDesignResidentIds())) {
            memberships.add(id, ref, resident, MemberRole.CODESIGNER);
        }
        Map<String, Object> details = new LinkedHashMap<>(brief);
        details.put("summary", summary);
        details.put("settings", settings.toString());
        audit.record(officer.userId(), id, "consultation.launched", "consultation:" + ref, details);
        events.publish(new ConsultationLaunched(id, ref, officer.userId(),
                List.copyOf(nullSafe(request.partnerOrganisationIds()))));

        Map<String, Object> variables = new HashMap<>();
        variables.put(ProcessVariables.CONSULTATION_ID, id);
        variables.put(ProcessVariables.CONSULTATION_REF, ref);
        variables.put(ProcessVariables.TASK_DUE, ProcessVariables.days(settings.taskDueDays()));
        variables.put(ProcessVariables.REMIND_AFTER,
                ProcessVariables.days(Math.max(1, settings.taskDueDays() - settings.reminderLeadDays())));
        variables.put(ProcessVariables.CO_DESIGN_PERIOD, ProcessVariables.days(settings.coDesignDays()));
        variables.put(ProcessVariables.REPRESENTATION_CHECK, ProcessVariables.days(7));
        variables.put(ProcessVariables.DELIBERATIVE_PANEL, request.deliberativePanel());
        String instance = workflow.start(PROCESS, ref, variables);
        consultations.setProcessInstance(id, instance);
        return consultations.find(id).orElseThrow();
    }

    /**
     * Every problem a launch of this request would be refused for, without launching anything: the brief against
     * its form, the summary, the team, the panel, the sponsor and the settings. Empty when it can be launched.
     */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(LaunchRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            FormValues.throwIfInvalid(forms.byId(BRIEF_FORM), request.brief() == null ? Map.of() : request.brief());
        } catch (InvalidInputException invalid) {
            problems.addAll(invalid.problems());
        }
        String summary = request.summary() == null ? "" : request.summary().strip();
        if (summary.length() < 20 || summary.length() > 600) {
            problems.add(FieldProblem.of("summary", "launch.summary.length", 20, 600));
        }
        problems.addAll(peopleProblems(request));
        decisionTooSoon(request).ifPresent(problems::add);
        return problems;
    }

    /**
     * The decision must come after people have had their say and the council has considered it: at the earliest,
     * co-design, then the whole participation window, then the analysis (a task's time), counted from today in the
     * council's zone. A decision date before that would be published as a promise the cycle cannot keep.
     */
    private java.util.Optional<FieldProblem> decisionTooSoon(LaunchRequest request) {
        if (request.brief() == null || !(request.brief().get("decisionBy") instanceof LocalDate decisionBy)) {
            return java.util.Optional.empty();
        }
        int windowDays = intValue(request.brief().get("participationWindowDays")) == null ? 42
                : intValue(request.brief().get("participationWindowDays"));
        ConsultationSettings settings = request.settings() == null ? ConsultationSettings.defaults() : request.settings();
        LocalDate earliest = LocalDate.ofInstant(clock.instant(), clock.getZone())
                .plusDays((long) settings.coDesignDays() + windowDays + settings.taskDueDays());
        return decisionBy.isBefore(earliest)
                ? java.util.Optional.of(FieldProblem.of("decisionBy", "launch.decisionBy.tooSoon", windowDays,
                        earliest.toString()))
                : java.util.Optional.empty();
    }

    /** The consultations a person works on as one of its team (lead, deputy, officer); admins see all. */
    @Transactional(readOnly = true)
    public List<Consultation> teamConsultationsOf(SignedInUser user) {
        return user.hasRole(Roles.ADMIN) ? consultations.all() : consultations.forTeamMember(user.userId());
    }

    /** A consultation for its team and for admins; refused to anyone else, its panel included. */
    @Transactional(readOnly = true)
    public Consultation forTeam(SignedInUser user, long id) {
        Consultation consultation = get(id);
        if (!user.hasRole(Roles.ADMIN) && !isOnTeam(id, user.userId())) {
            throw new AccessDeniedException(user.userId() + " is not on the team of " + consultation.ref());
        }
        return consultation;
    }

    /** Whether the person is the lead, the deputy or another officer of the consultation's team. */
    @Transactional(readOnly = true)
    public boolean isOnTeam(long consultationId, String userId) {
        return memberships.of(consultationId).stream()
                .anyMatch(member -> member.userId().equals(userId) && member.role().isTeam());
    }

    @Transactional(readOnly = true)
    public Consultation get(long id) {
        return consultations.find(id).orElseThrow(() -> new IllegalArgumentException("No consultation " + id));
    }

    @Transactional(readOnly = true)
    public Consultation byRef(String ref) {
        return consultations.findByRef(ref).orElseThrow(() -> new IllegalArgumentException("No consultation " + ref));
    }

    /** The consultations a person works on; admins see all. */
    @Transactional(readOnly = true)
    public List<Consultation> visibleTo(SignedInUser user) {
        return user.hasRole(Roles.ADMIN) ? consultations.all() : consultations.forMember(user.userId());
    }

    /** A consultation for someone who may see its inside: its members and admins. */
    @Transactional(readOnly = true)
    public Consultation forMember(SignedInUser user, long id) {
        Consultation consultation = get(id);
        if (!user.hasRole(Roles.ADMIN) && !memberships.isMember(id, user.userId())) {
            throw new AccessDeniedException(user.userId() + " is not part of consultation " + consultation.ref());
        }
        return consultation;
    }

    @Transactional
    public void recordQuestionAndMethods(long id, String question, List<String> methods) {
        consultations.setQuestionAndMethods(id, question, String.join(",", methods));
    }

    /** Opens the participation window, and says until when it must stay open. */
    @Transactional
    public Instant openWindow(long id) {
        Consultation consultation = get(id);
        Instant now = clock.instant();
        Instant closes = now.plus(java.time.Duration.ofDays(
                consultation.participationDays() == null ? 42 : consultation.participationDays()));
        consultations.openWindow(id, now, closes);
        audit.record(AuditLog.SYSTEM, id, "window.opened", "consultation:" + consultation.ref(),
                Map.of("closesAt", closes.toString()));
        return closes;
    }

    @Transactional
    public void closeWindow(long id) {
        consultations.closeWindow(id, clock.instant());
        audit.record(AuditLog.SYSTEM, id, "window.closed", "consultation:" + get(id).ref(), Map.of());
    }

    @Transactional
    public void complete(long id) {
        consultations.complete(id, clock.instant());
        audit.record(AuditLog.SYSTEM, id, "consultation.completed", "consultation:" + get(id).ref(), Map.of());
    }

    /**
     * The approvals a gate needs: a majority of those who may vote, or the higher threshold set at launch (never
     * more than the voters there are). A threshold can only raise the bar: one approval never signs off a stage for
     * a whole panel.
     */
    public static int quorumFor(Consultation consultation, int voters) {
        int majority = majorityOf(voters);
        if (consultation.quorum() == null) {
            return majority;
        }
        return Math.max(majority, Math.min(consultation.quorum(), voters));
    }

    /** More than half: 2 of 3, 3 of 4, 3 of 5. */
    public static int majorityOf(int voters) {
        return voters / 2 + 1;
    }

    private List<FieldProblem> peopleProblems(LaunchRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        String lead = request.leadOfficerId();
        String deputy = request.deputyOfficerId();
        if (lead == null || !holds(lead, Roles.OFFICER)) {
            problems.add(FieldProblem.of("lead", "launch.lead.required"));
        }
        if (deputy == null || !holds(deputy, Roles.OFFICER)) {
            problems.add(FieldProblem.of("deputy", "launch.deputy.required"));
        } else if (Objects.equals(lead, deputy)) {
            problems.add(FieldProblem.of("deputy", "launch.deputy.sameAsLead"));
        }
        Set<String> team = new HashSet<>(nullSafe(request.otherOfficerIds()));
        if (lead != null) {
            team.add(lead);
        }
        if (deputy != null) {
            team.add(deputy);
        }
        List<String> panel = nullSafe(request.panelMemberIds());
        Set<String> distinctPanel = new HashSet<>(panel);
        if (distinctPanel.size() < MIN_PANEL) {
            problems.add(FieldProblem.of("panel", "launch.panel.tooSmall", MIN_PANEL));
        } else if (distinctPanel.stream().anyMatch(member -> !holds(member, Roles.PANEL))) {
            problems.add(FieldProblem.of("panel", "launch.panel.notPanel"));
        } else if (distinctPanel.stream().anyMatch(team::contains)) {
            problems.add(FieldProblem.of("panel", "launch.panel.independent"));
        }
        Integer quorum = request.settings() == null ? null : request.settings().quorum();
        int majority = majorityOf(distinctPanel.size());
        if (quorum != null && (quorum < majority || quorum > distinctPanel.size())) {
            problems.add(FieldProblem.of("quorum", "launch.quorum.range", majority,
                    Math.max(majority, distinctPanel.size())));
        }
        if (request.sponsorId() == null || !holds(request.sponsorId(), Roles.SPONSOR)) {
            problems.add(FieldProblem.of("sponsor", "launch.sponsor.required"));
        }
        ConsultationSettings settings = request.settings();
        if (settings != null) {
            if (settings.taskDueDays() < 1 || settings.taskDueDays() > 90) {
                problems.add(FieldProblem.of("taskDueDays", "launch.days.range", 1, 90));
            }
            if (settings.signOffDays() < 3 || settings.signOffDays() > 60) {
                problems.add(FieldProblem.of("signOffDays", "launch.days.range", 3, 60));
            }
            if (settings.reviewMonths() == null || settings.reviewMonths().isEmpty()
                    || settings.reviewMonths().stream().anyMatch(months -> months < 1 || months > 60)) {
                problems.add(FieldProblem.of("reviewMonths", "launch.reviewMonths.range"));
            }
        }
        return problems;
    }

    private boolean holds(String userId, String role) {
        try {
            return accounts.rolesOf(userId).contains(role);
        } catch (RuntimeException unknownUser) {
            return false;
        }
    }

    /** A short, readable reference: the title's first words and a random suffix, e.g. {@code PARKS-PLAY-7K2Q}. */
    private String newRef(String title) {
        String words = java.util.Arrays.stream(title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 ]", " ").split("\\s+"))
                .filter(word -> word.length() > 2 && !Set.of("THE", "AND", "FOR", "OUR", "WITH").contains(word))
                .limit(2).map(word -> word.substring(0, Math.min(word.length(), 10)))
                .collect(Collectors.joining("-"));
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        String ref;
        do {
            StringBuilder suffix = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                suffix.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            ref = (words.isEmpty() ? "CONSULT" : words) + "-" + suffix;
        } while (consultations.refTaken(ref));
        return ref;
    }

    private static Integer intValue(Object value) {
        return value instanceof Number number ? number.intValue() : null;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

}
