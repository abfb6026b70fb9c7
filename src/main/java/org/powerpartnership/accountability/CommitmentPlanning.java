package org.powerpartnership.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments of the council's response while it is a draft: the team adds, edits and removes them on the
 * response editor. Each says what will be done, who owns it (a named role, not a person, so it survives a leaver),
 * when it is due, how we will know it is done, and which themes it answers. Once the response is with the panel or
 * public, they change only through the commitment's own review.
 */
@Service
public class CommitmentPlanning {

    private final CommitmentRepository commitments;
    private final CouncilResponseDrafts drafts;
    private final CouncilResponseService responses;
    private final AuditLog audit;
    private final Clock clock;

    CommitmentPlanning(CommitmentRepository commitments, CouncilResponseDrafts drafts,
                       CouncilResponseService responses, AuditLog audit, Clock clock) {
        this.commitments = commitments;
        this.drafts = drafts;
        this.responses = responses;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A commitment as typed.
     *
     * @param owner    a named role, such as "Head of Parks"
     * @param measure  how we will know it is done
     * @param themeIds the consultation's themes it answers
     */
    public record CommitmentInput(String description, String owner, LocalDate dueOn, String measure,
                                  Collection<Long> themeIds) {
    }

    @Transactional
    public Commitment add(SignedInUser officer, long consultationId, CommitmentInput input) {
        responses.requireEditable(officer, consultationId);
        CommitmentInput clean = check(consultationId, input);
        long id = commitments.insert(consultationId, clean.description(), clean.owner(), clean.dueOn(),
                clock.instant());
        drafts.plan(id, clean.description(), clean.owner(), clean.dueOn(), clean.measure());
        drafts.themes(id, clean.themeIds());
        audit.recordForStage(officer.userId(), consultationId, StageKey.ACCOUNTABILITY.name(), "commitment.added",
                "commitment:" + id, details(clean));
        return commitments.find(id).orElseThrow();
    }

    @Transactional
    public Commitment edit(SignedInUser officer, long commitmentId, CommitmentInput input) {
        Commitment commitment = get(commitmentId);
        responses.requireEditable(officer, commitment.consultationId());
        CommitmentInput clean = check(commitment.consultationId(), input);
        drafts.plan(commitmentId, clean.description(), clean.owner(), clean.dueOn(), clean.measure());
        drafts.themes(commitmentId, clean.themeIds());
        audit.recordForStage(officer.userId(), commitment.consultationId(), StageKey.ACCOUNTABILITY.name(),
                "commitment.changed", "commitment:" + commitmentId, details(clean));
        return commitments.find(commitmentId).orElseThrow();
    }

    @Transactional
    public void remove(SignedInUser officer, long commitmentId) {
        Commitment commitment = get(commitmentId);
        responses.requireEditable(officer, commitment.consultationId());
        if (commitment.processInstanceId() != null) {
            throw new InvalidInputException(FieldProblem.of("description", "commitment.alreadyPublished"));
        }
        commitments.delete(commitmentId);
        audit.recordForStage(officer.userId(), commitment.consultationId(), StageKey.ACCOUNTABILITY.name(),
                "commitment.removed", "commitment:" + commitmentId, Map.of("description", commitment.description()));
    }

    /** The consultation's commitments, for the team. */
    @Transactional(readOnly = true)
    public List<Commitment> list(SignedInUser officer, long consultationId) {
        responses.requireTeam(officer, consultationId);
        return commitments.of(consultationId);
    }

    private Commitment get(long commitmentId) {
        return commitments.find(commitmentId)
                .orElseThrow(() -> new IllegalArgumentException("No commitment " + commitmentId));
    }

    /** Every problem at once, so the screen can show each beside its field; the themes must be the consultation's. */
    private CommitmentInput check(long consultationId, CommitmentInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String what = strip(input.description());
        String who = strip(input.owner());
        String measure = strip(input.measure());
        if (what.length() < 10 || what.length() > 1000) {
            problems.add(FieldProblem.of("description", "commitment.description.length", 10, 1000));
        }
        if (who.isEmpty()) {
            problems.add(FieldProblem.of("owner", "commitment.owner.required"));
        } else if (who.length() < 2 || who.length() > 200) {
            problems.add(FieldProblem.of("owner", "commitment.owner.length", 2, 200));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (input.dueOn() == null) {
            problems.add(FieldProblem.of("dueOn", "commitment.dueOn.required"));
        } else if (!input.dueOn().isAfter(today)) {
            problems.add(FieldProblem.of("dueOn", "commitment.dueOn.future"));
        }
        if (measure.length() < 10 || measure.length() > 1000) {
            problems.add(FieldProblem.of("measure", "commitment.measure.length", 10, 1000));
        }
        Set<Long> themeIds = new LinkedHashSet<>(input.themeIds() == null ? List.of() : input.themeIds());
        Set<Long> known = responses.themesOf(consultationId).keySet();
        if (!known.containsAll(themeIds)) {
            throw new IllegalArgumentException("Themes " + themeIds + " are not all of consultation " + consultationId);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new CommitmentInput(what, who, input.dueOn(), measure, List.copyOf(themeIds));
    }

    private static Map<String, Object> details(CommitmentInput input) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("description", input.description());
        details.put("owner", input.owner());
        details.put("dueOn", input.dueOn().toString());
        details.put("measure", input.measure());
        details.put("themes", input.themeIds().stream().map(id -> "theme:" + id).toList());
        return details;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
