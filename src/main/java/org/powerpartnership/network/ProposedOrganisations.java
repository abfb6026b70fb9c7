package org.powerpartnership.network;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A name the team typed that is not in the directory becomes a proposed entry for an officer to confirm: never
 * invited, never shown publicly, until it is confirmed. (A typed name used to create an organisation silently.)
 */
@Service
public class ProposedOrganisations {

    /** Where a typed name stands: an existing entry (with its status) or a new proposed one. */
    public record Proposal(long organisationId, String name, String status, boolean isNew) {

        public boolean isActive() {
            return OrganisationStatus.ACTIVE.code().equals(status);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate savepoint;

    ProposedOrganisations(JdbcClient jdbc, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * The directory entry of this name (any case, spaces tidied), or a new proposed entry by this person. A second
     * proposal of the same name finds the first, whoever made it.
     */
    @Transactional
    public Proposal propose(SignedInUser proposer, Long consultationId, String typedName) {
        String name = typedName.strip().replaceAll("\\s+", " ");
        Optional<Proposal> existing = byName(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            // Behind a savepoint: when someone proposes the same name at the same moment, the unique name index
            // refuses our row, and on PostgreSQL only a savepoint keeps the surrounding completion alive.
            savepoint.executeWithoutResult(status -> jdbc.sql("insert into organisation (name, kind, created_at, "
                            + "status, proposed_by) values (?, ?, ?, ?, ?)")
                    .params(name, OrganisationKind.COMMUNITY_GROUP.code(), Timestamp.from(clock.instant()),
                            OrganisationStatus.PROPOSED.code(), proposer.userId())
                    .update());
        } catch (DuplicateKeyException proposedMeanwhile) {
            return byName(name).orElseThrow();
        }
        Proposal proposal = byName(name).orElseThrow();
        audit.record(proposer.userId(), consultationId, "organisation.proposed",
                "organisation:" + proposal.organisationId(), Map.of("name", name));
        return new Proposal(proposal.organisationId(), name, proposal.status(), true);
    }

    /** The entries proposed and waiting for an officer to confirm them, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> waiting() {
        return jdbc.sql("select id, name, kind, area from organisation where status = 'proposed' order by name")
                .query((rs, row) -> new Organisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    private Optional<Proposal> byName(String name) {
        return jdbc.sql("select id, name, status from organisation where lower(name) = ? and status <> 'merged'")
                .param(name.toLowerCase(Locale.ROOT))
                .query((rs, row) -> new Proposal(rs.getLong(1), rs.getString(2), rs.getString(3), false))
                .list().stream().findFirst();
    }
}
