package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two entries for one organisation become one, with their history: everything that pointed at the merged entry
 * (invitations and accepted roles, members, areas, groups, contacts, outreach, assisted responses, who acts for it,
 * applications, invitations to join) now points at the one kept. The merged entry stays, marked merged, so links to
 * it still lead somewhere; the merge, who made it and why are on record. All in one transaction.
 */
@Service
public class OrganisationMerger {

    /** A merge as the kept entry's page shows it. */
    public record MergeRecord(long mergedId, String mergedName, Instant mergedAt, String mergedBy, String reason) {
    }

    private final JdbcClient jdbc;
    private final OrganisationDirectory directory;
    private final MergedHistory history;
    private final NetworkService network;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationMerger(JdbcClient jdbc, OrganisationDirectory directory, MergedHistory history,
                       NetworkService network, AccountService accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.history = history;
        this.network = network;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Merges {@code mergedId} into {@code keptId}. A second click finds it merged already and changes nothing. */
    @Transactional
    public void merge(SignedInUser keeper, Long keptId, long mergedId, String reason) {
        OrganisationDirectory.requireKeeper(keeper);
        DirectoryEntry merged = directory.existing(mergedId);
        List<FieldProblem> problems = new ArrayList<>();
        DirectoryEntry kept = null;
        if (keptId == null) {
            problems.add(FieldProblem.of("mergeTarget", "directory.merge.chooseTarget"));
        } else if (keptId == mergedId) {
            problems.add(FieldProblem.of("mergeTarget", "directory.merge.itself"));
        } else {
            kept = directory.existing(keptId);
            if (kept.status() == OrganisationStatus.MERGED || kept.status() == OrganisationStatus.DECLINED) {
                problems.add(FieldProblem.of("mergeTarget", "directory.merge.targetNotKept", kept.name()));
            }
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.add(FieldProblem.of("mergeReason", "directory.merge.reasonMissing"));
        } else if (why.length() > 1000) {
            problems.add(FieldProblem.of("mergeReason", "directory.tooLong", 1000));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        // Marking the merged entry first takes its row lock: a second merge of it waits, then finds it merged.
        int marked = jdbc.sql("update organisation set status = ?, merged_into = ?, updated_at = ? "
                        + "where id = ? and status <> ?")
                .params(OrganisationStatus.MERGED.code(), keptId, Timestamp.from(now), mergedId,
                        OrganisationStatus.MERGED.code())
                .update();
        if (marked == 0) {
            throw new InvalidInputException(FieldProblem.of("mergeTarget", "directory.merge.already", merged.name()));
        }
        history.move(mergedId, keptId);
        jdbc.sql("insert into organisation_merge (kept_id, merged_id, merged_name, merged_by, merged_at, reason) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(keptId, mergedId, merged.name(), keeper.userId(), Timestamp.from(now), why).update();
        // the people of both now take part in every consultation either was invited to
        for (String member : network.membersOf(keptId)) {
            network.addMember(keptId, member);
        }
        audit.record(keeper.userId(), null, "organisation.merged", OrganisationDirectory.subject(keptId),
                Map.of("merged", merged.name(), "mergedId", mergedId, "reason", why));
    }

    /** The entries merged into this one, newest first. */
    @Transactional(readOnly = true)
    public List<MergeRecord> mergedInto(SignedInUser reader, long keptId) {
        OrganisationDirectory.requireKeeper(reader);
        return jdbc.sql("select merged_id, merged_name, merged_at, merged_by, reason from organisation_merge "
                        + "where kept_id = ? order by merged_at desc, id desc")
                .param(keptId)
                .query((rs, row) -> new MergeRecord(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        accounts.person(rs.getString(4)).map(p -> p.displayName()).orElse(rs.getString(4)),
                        rs.getString(5)))
                .list();
    }
}
