package org.powerpartnership.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.OneLineText;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkflowPort;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People bring their organisation in: they register it (an officer reviews it in {@code organisation-onboarding})
 * or ask to join one already active (its admins decide; officers do, through the same review, when nobody
 * administers it). An approval makes the person a member (the first admin of an organisation they registered) with
 * the partner role; a decline keeps the reviewer's notes for them to read.
 */
@Service
public class OrganisationApplications {

    public static final String PROCESS = "organisation-onboarding";
    public static final String BUSINESS_KEY_PREFIX = "organisation-application:";
    /** Process variables: ids and the kind of application only, never who applied. */
    public static final String APPLICATION_ID = "applicationId";
    public static final String ORGANISATION_ID = "organisationId";
    public static final String APPLICATION_KIND = "applicationKind";

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 2000;
    static final int AREA_MAX = 200;
    static final int NOTES_MAX = 1000;

    private final JdbcClient jdbc;
    private final NetworkService network;
    private final AccountService accounts;
    private final WorkflowPort workflow;
    private final AuditLog audit;
    private final DomainEvents events;
    private final java.time.Clock clock;

    OrganisationApplications(JdbcClient jdbc, NetworkService network, AccountService accounts, WorkflowPort workflow,
                             AuditLog audit, DomainEvents events, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.network = network;
        this.accounts = accounts;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an organisation, pending an officer's review, and starts the review. A name already in the
     * directory (ignoring case and extra spaces) is refused on the {@code name} field with the existing
     * organisation's name and id as arguments, so a screen can offer to ask to join it instead.
     */
    @Transactional
    public long register(SignedInUser applicant, Registration registration) {
        String name = clean(registration.name());
        List<FieldProblem> problems = new ArrayList<>();
        if (!OneLineText.isOneLine(registration.name())) {
            problems.add(FieldProblem.of("name", OneLineText.MESSAGE_KEY));
        } else if (name.length() < NAME_MIN || name.length() > NAME_MAX) {
            problems.add(FieldProblem.of("name", "joining.register.name.length", NAME_MIN, NAME_MAX));
        } else {
            Optional<Organisation> existing = sameName(name);
            Optional<Long> alreadySent = existing.flatMap(organisation -> waitingApplication(Application.REGISTER,
                    organisation.id(), applicant.userId()));
            if (alreadySent.isPresent()) {
                return alreadySent.get(); // sent twice (another tab, a double click): it is registered once
            }
            existing.ifPresent(organisation -> problems.add(FieldProblem.of("name", "joining.register.name.taken",
                    organisation.name(), organisation.id())));
        }
        if (registration.kind() == null || OrganisationKind.ofCode(registration.kind()).isEmpty()) {
            problems.add(FieldProblem.of("kind", "joining.register.kind.required"));
        }
        List<String> areas = registration.areas().stream().map(OrganisationApplications::clean)
                .filter(area -> !area.isEmpty()).distinct().toList();
        if (areas.isEmpty()) {
            problems.add(FieldProblem.of("areas", "joining.register.areas.required"));
        } else if (areas.stream().anyMatch(area -> area.length() > AREA_MAX)) {
            problems.add(FieldProblem.of("areas", "joining.register.areas.length", AREA_MAX));
        }
        String description = registration.description() == null ? "" : registration.description().strip();
        if (description.isEmpty()) {
            problems.add(FieldProblem.of("description", "joining.register.description.required"));
        } else if (description.length() > TEXT_MAX) {
            problems.add(FieldProblem.of("description", "joining.text.length", TEXT_MAX));
        }
        String message = blankToNull(registration.message());
        if (message != null && message.length() > TEXT_MAX) {
            problems.add(FieldProblem.of("message", "joining.text.length", TEXT_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, kind, area, description, status, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(name, registration.kind(), areas.get(0), description, OrganisationStatus.PENDING.code(), now,
                        now)
                .update(keys, "id");
        long organisationId = keys.getKeyAs(Number.class).longValue();
        for (String area : areas) {
            jdbc.sql("insert into organisation_area (organisation_id, area) values (?, ?)")
                    .params(organisationId, area).update();
        }
        long applicationId = insertApplication(Application.REGISTER, organisationId, applicant.userId(), message);
        startReview(applicationId, organisationId, Application.REGISTER);
        audit.record(applicant.userId(), null, "organisation.registered", "organisation:" + organisationId,
                Map.of("applicationId", applicationId));
        return applicationId;
    }

    /**
     * Asks to join an active organisation. Its admins decide on their organisation's page; when it has no admin, an
     * officer decides through the review task. Asking again while a request is waiting returns that request.
     */
    @Transactional
    public long askToJoin(SignedInUser applicant, Long organisationId, String message) {
        if (organisationId == null) {
            throw new InvalidInputException(FieldProblem.of("organisation", "joining.join.choose"));
        }
        String status = statusOf(organisationId)
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("organisation", "joining.join.choose")));
        if (!OrganisationStatus.ACTIVE.code().equals(status)) {
            throw new InvalidInputException(FieldProblem.of("organisation", "joining.join.notActive"));
        }
        if (network.membersOf(organisationId).contains(applicant.userId())) {
            throw new InvalidInputException(FieldProblem.of("organisation", "joining.join.alreadyMember"));
        }
        String note = blankToNull(message);
        if (note != null && note.length() > TEXT_MAX) {
            throw new InvalidInputException(FieldProblem.of("message", "joining.text.length", TEXT_MAX));
        }
        Optional<Long> waiting = waitingApplication(Application.JOIN, organisationId, applicant.userId());
        if (waiting.isPresent()) {
            return waiting.get();
        }
        long applicationId = insertApplication(Application.JOIN, organisationId, applicant.userId(), note);
        if (adminsOf(organisationId).isEmpty()) {
            startReview(applicationId, organisationId, Application.JOIN);
        } else {
            events.publish(new OrganisationJoinRequested(applicationId, organisationId));
        }
        audit.record(applicant.userId(), null, "organisation.joinRequested", "organisation:" + organisationId,
                Map.of("applicationId", applicationId));
        return applicationId;
    }

    /**
     * Approves or declines a waiting application, once: a decided one is refused on the {@code decision} field.
     * Applications under review in the process are decided by officers (through the review task); requests to join
     * an organisation with admins, by those admins.
     */
    @Transactional
    public void decide(SignedInUser decider, long applicationId, boolean approve, String notes) {
        // one decision: a second decider (another tab, another admin) waits here, then finds it decided
        jdbc.sql("select id from organisation_application where id = ? for update").param(applicationId)
                .query(Long.class).optional();
        Application application = application(applicationId);
        requireMayDecide(decider, application);
        if (!application.isPending()) {
            throw new InvalidInputException(FieldProblem.of("decision", "joining.decide.alreadyDecided"));
        }
        String kept = blankToNull(notes);
        if (kept != null && kept.length() > NOTES_MAX) {
            throw new InvalidInputException(FieldProblem.of("notes", "joining.text.length", NOTES_MAX));
        }
        jdbc.sql("update organisation_application set status = ?, decided_by = ?, decided_at = ?, notes = ? "
                        + "where id = ?")
                .params(approve ? Application.APPROVED : Application.DECLINED, decider.userId(),
                        Timestamp.from(clock.instant()), kept, applicationId)
                .update();
        long organisationId = application.organisationId();
        if (Application.REGISTER.equals(application.kind())) {
            jdbc.sql("update organisation set status = ?, updated_at = ? where id = ?")
                    .params((approve ? OrganisationStatus.ACTIVE : OrganisationStatus.DECLINED).code(),
                            Timestamp.from(clock.instant()), organisationId)
                    .update();
        }
        if (approve) {
            // the first approved person of an organisation nobody administers looks after it from now on
            String role = Application.REGISTER.equals(application.kind()) || adminsOf(organisationId).isEmpty()
                    ? OrganisationMember.ADMIN : OrganisationMember.MEMBER;
            network.addMember(organisationId, application.applicant(), role);
            accounts.grantPartnerRole(application.applicant(), decider.userId(),
                    "organisation:" + organisationId);
        }
        audit.record(decider.userId(), null, approve ? "organisation.applicationApproved"
                : "organisation.applicationDeclined", "organisation:" + organisationId,
                Map.of("applicationId", applicationId, "kind", application.kind()));
        events.publish(new OrganisationApplicationDecided(applicationId, application.applicant(),
                organisationId, application.kind(), approve));
    }

    /** One application, for whoever reviews it. */
    @Transactional(readOnly = true)
    public Application application(long applicationId) {
        return jdbc.sql(SELECT + " where a.id = ?").param(applicationId).query(OrganisationApplications::map)
                .optional().orElseThrow(() -> new AccessDeniedException("No application " + applicationId));
    }

    /** What the directory holds about an organisation an application is for, for its reviewer. */
    public record Profile(long id, String name, String kind, String status, String description, List<String> areas) {
    }

    @Transactional(readOnly = true)
    public Profile profile(long organisationId) {
        List<String> areas = jdbc.sql("select area from organisation_area where organisation_id = ? order by area")
                .param(organisationId).query(String.class).list();
        return jdbc.sql("select id, name, kind, status, description, area from organisation where id = ?")
                .param(organisationId)
                .query((rs, row) -> new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), areas.isEmpty() && rs.getString(6) != null ? List.of(rs.getString(6))
                        : areas))
                .single();
    }

    /** A person's own applications, newest first. */
    @Transactional(readOnly = true)
    public List<Application> applicationsOf(String userId) {
        return jdbc.sql(SELECT + " where a.applicant = ? order by a.submitted_at desc, a.id desc").param(userId)
                .query(OrganisationApplications::map).list();
    }

    /** Requests to join waiting for this organisation's admins; only its admins may see them. */
    @Transactional(readOnly = true)
    public List<Application> waitingForAdmins(SignedInUser admin, long organisationId) {
        requireAdmin(admin, organisationId);
        return jdbc.sql(SELECT + " where a.organisation_id = ? and a.kind = ? and a.status = ? "
                        + "and a.process_instance_id is null order by a.submitted_at, a.id")
                .params(organisationId, Application.JOIN, Application.PENDING)
                .query(OrganisationApplications::map).list();
    }

    /** The active organisations a person may ask to join (not the ones they are in). */
    @Transactional(readOnly = true)
    public List<Organisation> joinable(String userId) {
        return jdbc.sql("select id, name, kind, area from organisation where status = ? and id not in "
                        + "(select organisation_id from organisation_member where user_id = ?) order by name")
                .params(OrganisationStatus.ACTIVE.code(), userId)
                .query((rs, row) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    Optional<String> statusOf(long organisationId) {
        return jdbc.sql("select status from organisation where id = ?").param(organisationId).query(String.class)
                .optional();
    }

    /** Who administers an organisation (user ids). */
    @Transactional(readOnly = true)
    public List<String> adminsOf(long organisationId) {
        return jdbc.sql("select user_id from organisation_member where organisation_id = ? and member_role = ? "
                + "order by user_id").params(organisationId, OrganisationMember.ADMIN).query(String.class).list();
    }

    void requireAdmin(SignedInUser admin, long organisationId) {
        if (!adminsOf(organisationId).contains(admin.userId())) {
            throw new AccessDeniedException(admin.userId() + " does not administer organisation " + organisationId);
        }
    }

    private Optional<Long> waitingApplication(String kind, long organisationId, String applicant) {
        return jdbc.sql("select id from organisation_application where kind = ? and organisation_id = ? "
                        + "and applicant = ? and status = ?")
                .params(kind, organisationId, applicant, Application.PENDING).query(Long.class).optional();
    }

    private void requireMayDecide(SignedInUser decider, Application application) {
        if (decider.userId().equals(application.applicant())) {
            throw new AccessDeniedException(decider.userId() + " may not decide their own application");
        }
        if (application.processInstanceId() != null) {
            if (!decider.hasRole(Roles.OFFICER) && !decider.hasRole(Roles.ADMIN)) {
                throw new AccessDeniedException(decider.userId() + " may not review organisations");
            }
        } else {
            requireAdmin(decider, application.organisationId());
        }
    }

    private long insertApplication(String kind, long organisationId, String applicant, String message) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation_application (kind, organisation_id, applicant, message, submitted_at, "
                        + "status) values (?, ?, ?, ?, ?, ?)")
                .params(kind, organisationId, applicant, message, Timestamp.from(clock.instant()),
                        Application.PENDING)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void startReview(long applicationId, long organisationId, String kind) {
        String processInstanceId = workflow.start(PROCESS, BUSINESS_KEY_PREFIX + applicationId,
                Map.of(APPLICATION_ID, applicationId, ORGANISATION_ID, organisationId, APPLICATION_KIND, kind));
        jdbc.sql("update organisation_application set process_instance_id = ? where id = ?")
                .params(processInstanceId, applicationId).update();
    }

    private Optional<Organisation> sameName(String name) {
        return jdbc.sql("select id, name, kind, area from organisation where lower(name) = ?")
                .param(name.toLowerCase(Locale.ROOT))
                .query((rs, row) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .optional();
    }

    static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final String SELECT = "select a.id, a.kind, a.organisation_id, o.name, a.applicant, a.message, "
            + "a.submitted_at, a.status, a.decided_by, a.decided_at, a.notes, a.process_instance_id "
            + "from organisation_application a join organisation o on o.id = a.organisation_id";

    private static Application map(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Application(rs.getLong("id"), rs.getString("kind"), rs.getLong("organisation_id"),
                rs.getString("name"), rs.getString("applicant"), rs.getString("message"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getString("status"), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("notes"),
                rs.getString("process_instance_id"));
    }
}
