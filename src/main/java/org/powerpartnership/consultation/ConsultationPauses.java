package org.powerpartnership.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.DomainEvents;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkflowPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pausing and withdrawing a consultation. The lead officer asks, with a reason the public will read; the sponsor
 * approves or refuses. An approved pause suspends the consultation's processes (no work can be done, no timer fires)
 * until the lead or the sponsor resumes it; then every due date, the engine's timers and the participation window's
 * closing date move on by the time the pause took. An approved withdrawal ends the processes for good. Each step is
 * kept ({@code consultation_pause}), audited and told to the people concerned.
 */
@Service
public class ConsultationPauses {

    public static final int REASON_MIN = 20;
    public static final int REASON_MAX = 1000;
    /** The engine keeps this code as the delete reason of a withdrawn consultation's processes (no free text). */
    static final String WITHDRAWN_IN_ENGINE = "withdrawn";

    private static final String COLUMNS = "id, consultation_id, kind, reason, requested_by, requested_at, decision, "
            + "decided_by, decided_at, decision_note, resumed_by, resumed_at";

    private final ConsultationService consultations;
    private final ConsultationRepository repository;
    private final Memberships memberships;
    private final WorkflowPort workflow;
    private final AuditLog audit;
    private final DomainEvents events;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationPauses(ConsultationService consultations, ConsultationRepository repository, Memberships memberships,
                       WorkflowPort workflow, AuditLog audit, DomainEvents events, JdbcClient jdbc, Clock clock) {
        this.consultations = consultations;
        this.repository = repository;
        this.memberships = memberships;
        this.workflow = workflow;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The lead officer asks the sponsor to pause or withdraw a running consultation, with a reason. One open request
     * at a time; a paused consultation can only be asked to be withdrawn.
     */
    @Transactional
    public PauseRequest request(SignedInUser lead, long consultationId, PauseKind kind, String reason) {
        Consultation consultation = consultations.get(consultationId);
        if (!memberships.isLead(lead, consultationId)) {
            throw new AccessDeniedException(lead.userId() + " does not lead consultation " + consultation.ref());
        }
        if (kind == null) {
            throw new InvalidInputException(FieldProblem.of("kind", "pause.kindRequired"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new InvalidInputException(FieldProblem.of("reason", "pause.reasonLength", REASON_MIN, REASON_MAX));
        }
        lockConsultation(consultationId);
        if (!mayBeAskedFor(consultations.get(consultationId), kind)) {
            throw new InvalidInputException(FieldProblem.of("kind", "pause.notRunning"));
        }
        if (openRequest(consultationId).isPresent()) {
            throw new InvalidInputException(FieldProblem.of("kind", "pause.alreadyAsked"));
        }
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation_pause (consultation_id, kind, reason, requested_by, requested_at) "
                        + "values (?, ?, ?, ?, ?)")
                .params(consultationId, kind.name(), why, lead.userId(), Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(lead.userId(), consultationId, "consultation." + action(kind) + ".requested",
                "consultation:" + consultation.ref(), Map.of("reason", why));
        events.publish(new PauseRequested(id, consultationId, kind));
        return find(id).orElseThrow();
    }

    /**
     * The sponsor (or an admin) approves or refuses a request. Deciding an already decided request again (a double
     * click, a second tab) changes nothing and answers with the decision made.
     */
    @Transactional
    public PauseRequest decide(SignedInUser sponsor, long requestId, boolean approve, String note) {
        PauseRequest asked = find(requestId).orElseThrow(() -> new IllegalArgumentException("No request " + requestId));
        if (!mayDecide(sponsor, asked.consultationId())) {
            throw new AccessDeniedException(sponsor.userId() + " does not sponsor consultation "
                    + asked.consultationId());
        }
        String why = note == null ? "" : note.strip();
        if (why.length() > REASON_MAX) {
            throw new InvalidInputException(FieldProblem.of("note", "pause.noteLength", REASON_MAX));
        }
        lockConsultation(asked.consultationId());
        Instant now = clock.instant();
        int decided = jdbc.sql("update consultation_pause set decision = ?, decided_by = ?, decided_at = ?, "
                        + "decision_note = ? where id = ? and decision is null")
                .params(approve ? PauseRequest.APPROVED : PauseRequest.REFUSED, sponsor.userId(), Timestamp.from(now),
                        why.isEmpty() ? null : why, requestId)
                .update();
        if (decided == 0) {
            return find(requestId).orElseThrow();
        }
        Consultation consultation = consultations.get(asked.consultationId());
        if (approve && !mayBeAskedFor(consultation, asked.kind())) {
            // it finished or was withdrawn since the request: nothing left to pause
            throw new InvalidInputException(FieldProblem.of("decision", "pause.notRunning"));
        }
        if (approve) {
            carryOut(consultation, asked.kind(), now);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", asked.reason());
        if (!why.isEmpty()) {
            details.put("note", why);
        }
        audit.record(sponsor.userId(), consultation.id(), "consultation." + action(asked.kind())
                + (approve ? ".approved" : ".refused"), "consultation:" + consultation.ref(), details);
        events.publish(new PauseDecided(requestId, consultation.id(), asked.kind(), approve));
        return find(requestId).orElseThrow();
    }

    private void carryOut(Consultation consultation, PauseKind kind, Instant now) {
        if (kind == PauseKind.PAUSE) {
            setStatus(consultation.id(), Consultation.PAUSED);
            workflow.suspend(consultation.processInstanceId());
            return;
        }
        setStatus(consultation.id(), Consultation.WITHDRAWN);
        jdbc.sql("update consultation set window_closed_at = ? where id = ? and window_opened_at is not null "
                + "and window_closed_at is null").params(Timestamp.from(now), consultation.id()).update();
        // a withdrawal during a pause ends the pause too
        jdbc.sql("update consultation_pause set resumed_at = ? where consultation_id = ? and kind = 'PAUSE' "
                        + "and decision = 'APPROVED' and resumed_at is null")
                .params(Timestamp.from(now), consultation.id()).update();
        workflow.cancel(consultation.processInstanceId(), WITHDRAWN_IN_ENGINE);
    }

    /**
     * Ends a pause: the lead officer or the sponsor. Every open task's due date, every waiting timer and an open
     * window's closing date move on by the time the consultation was paused. Resuming a running one changes nothing.
     */
    @Transactional
    public Optional<Duration> resume(SignedInUser who, long consultationId) {
        Consultation consultation = consultations.get(consultationId);
        if (!memberships.isLead(who, consultationId) && !mayDecide(who, consultationId)) {
            throw new AccessDeniedException(who.userId() + " may not resume consultation " + consultation.ref());
        }
        lockConsultation(consultationId);
        Optional<PauseRequest> pause = currentPause(consultationId);
        if (pause.isEmpty() || !Consultation.PAUSED.equals(consultations.get(consultationId).status())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration paused = Duration.between(pause.get().decidedAt(), now);
        jdbc.sql("update consultation_pause set resumed_by = ?, resumed_at = ? where id = ?")
                .params(who.userId(), Timestamp.from(now), pause.get().id()).update();
        setStatus(consultationId, Consultation.ACTIVE);
        workflow.resume(consultation.processInstanceId(), paused);
        if (consultation.windowOpenedAt() != null && consultation.windowClosesAt() != null) {
            repository.moveWindowClose(consultationId, consultation.windowClosesAt().plus(paused));
        }
        audit.record(who.userId(), consultationId, "consultation.pause.resumed", "consultation:" + consultation.ref(),
                Map.of("pausedDays", paused.toDays(), "pausedSince", pause.get().decidedAt().toString()));
        events.publish(new ConsultationResumed(pause.get().id(), consultationId));
        return Optional.of(paused);
    }

    /** The request waiting for the sponsor, if any. */
    @Transactional(readOnly = true)
    public Optional<PauseRequest> openRequest(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_pause where consultation_id = ? "
                        + "and decision is null").param(consultationId)
                .query(ConsultationPauses::map).optional();
    }

    /** A request with the consultation it is about, for the sponsor's desk. */
    public record Case(PauseRequest request, String consultationRef, String consultationTitle) {
    }

    /** Requests waiting for this person's decision: those of the consultations they sponsor (all, for an admin). */
    @Transactional(readOnly = true)
    public List<Case> waitingFor(SignedInUser sponsor) {
        return cases(sponsor, "decision is null");
    }

    /** The pauses running now in the consultations this person sponsors, which they may end. */
    @Transactional(readOnly = true)
    public List<Case> pausedFor(SignedInUser sponsor) {
        return cases(sponsor, "kind = 'PAUSE' and decision = 'APPROVED' and resumed_at is null");
    }

    private List<Case> cases(SignedInUser sponsor, String condition) {
        List<PauseRequest> found = sponsor.hasRole(Roles.ADMIN)
                ? jdbc.sql("select " + COLUMNS + " from consultation_pause where " + condition
                        + " order by requested_at, id").query(ConsultationPauses::map).list()
                : jdbc.sql("select " + COLUMNS + " from consultation_pause where " + condition
                        + " and consultation_id in (select consultation_id from consultation_member "
                        + "where user_id = ? and member_role = ?) order by requested_at, id")
                .params(sponsor.userId(), MemberRole.SPONSOR.name()).query(ConsultationPauses::map).list();
        return found.stream().map(request -> {
            Consultation consultation = consultations.get(request.consultationId());
            return new Case(request, consultation.ref(), consultation.title());
        }).toList();
    }

    /** Every request of a consultation, oldest first. */
    @Transactional(readOnly = true)
    public List<PauseRequest> of(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_pause where consultation_id = ? "
                + "order by requested_at, id").param(consultationId).query(ConsultationPauses::map).list();
    }

    /** The approved pause running now, if the consultation is paused. */
    @Transactional(readOnly = true)
    public Optional<PauseRequest> currentPause(long consultationId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_pause where consultation_id = ? and kind = 'PAUSE' "
                        + "and decision = 'APPROVED' and resumed_at is null order by decided_at desc, id desc")
                .param(consultationId).query(ConsultationPauses::map).list().stream().findFirst();
    }

    /** "Paused since ... because ..." or "Withdrawn on ... because ...", for the public page and record. */
    @Transactional(readOnly = true)
    public Optional<PublicPauseNotice> publicNotice(long consultationId) {
        String status = consultations.get(consultationId).status();
        if (Consultation.PAUSED.equals(status)) {
            return currentPause(consultationId)
                    .map(p -> new PublicPauseNotice(PauseKind.PAUSE, p.decidedAt(), p.reason()));
        }
        if (Consultation.WITHDRAWN.equals(status)) {
            return of(consultationId).stream().filter(p -> p.kind() == PauseKind.WITHDRAW && p.isApproved())
                    .reduce((first, last) -> last)
                    .map(p -> new PublicPauseNotice(PauseKind.WITHDRAW, p.decidedAt(), p.reason()));
        }
        return Optional.empty();
    }

    /** As {@link #publicNotice(long)}, by the consultation's reference; empty for an unknown one. */
    @Transactional(readOnly = true)
    public Optional<PublicPauseNotice> publicNotice(String consultationRef) {
        return repository.findByRef(consultationRef).flatMap(c -> publicNotice(c.id()));
    }

    @Transactional(readOnly = true)
    public Optional<PauseRequest> find(long requestId) {
        return jdbc.sql("select " + COLUMNS + " from consultation_pause where id = ?").param(requestId)
                .query(ConsultationPauses::map).optional();
    }

    /** Whether the person may ask now: the consultation's lead officer, while it runs (or is paused). */
    @Transactional(readOnly = true)
    public boolean mayRequest(SignedInUser user, long consultationId) {
        Consultation consultation = consultations.get(consultationId);
        return memberships.isLead(user, consultationId) && openRequest(consultationId).isEmpty()
                && (mayBeAskedFor(consultation, PauseKind.PAUSE) || mayBeAskedFor(consultation, PauseKind.WITHDRAW));
    }

    /** Whether the person may end the pause of a paused consultation: its lead officer or its sponsor. */
    @Transactional(readOnly = true)
    public boolean mayResume(SignedInUser user, long consultationId) {
        return Consultation.PAUSED.equals(consultations.get(consultationId).status())
                && (memberships.isLead(user, consultationId) || mayDecide(user, consultationId));
    }

    /** Whether the person decides for this consultation: its sponsor, or an admin. */
    public boolean mayDecide(SignedInUser user, long consultationId) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SPONSOR)
                && memberships.holds(consultationId, user.userId(), MemberRole.SPONSOR);
    }

    private static boolean mayBeAskedFor(Consultation consultation, PauseKind kind) {
        return Consultation.ACTIVE.equals(consultation.status())
                || kind == PauseKind.WITHDRAW && Consultation.PAUSED.equals(consultation.status());
    }


    /** One step at a time per consultation: a request, a decision and a resume wait for each other here. */
    private void lockConsultation(long consultationId) {
        jdbc.sql("select id from consultation where id = ? for update").param(consultationId).query(Long.class)
                .single();
    }

    private void setStatus(long consultationId, String status) {
        jdbc.sql("update consultation set status = ? where id = ?").params(status, consultationId).update();
    }

    private static String action(PauseKind kind) {
        return kind == PauseKind.PAUSE ? "pause" : "withdrawal";
    }

    private static PauseRequest map(ResultSet rs, int row) throws SQLException {
        return new PauseRequest(rs.getLong("id"), rs.getLong("consultation_id"), PauseKind.valueOf(rs.getString("kind")),
                rs.getString("reason"), rs.getString("requested_by"), instant(rs, "requested_at"),
                rs.getString("decision"), rs.getString("decided_by"), instant(rs, "decided_at"),
                rs.getString("decision_note"), rs.getString("resumed_by"), instant(rs, "resumed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
