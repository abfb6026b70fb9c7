package org.powerpartnership.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.shared.ActingOrganisation;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation a partner speaks for at the moment. Outreach and assisted responses are recorded for it, so a
 * person who belongs to two organisations says which one did the work. Only an active organisation they belong to
 * counts: a stored choice of an organisation they left (or one closed since) falls back to their first.
 */
@Service
public class ActingFor implements ActingOrganisation {

    private final JdbcClient jdbc;
    private final NetworkService network;
    private final AuditLog audit;

    ActingFor(JdbcClient jdbc, NetworkService network, AuditLog audit) {
        this.jdbc = jdbc;
        this.network = network;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Choice> current(String userId) {
        List<Choice> choices = choices(userId);
        Optional<Long> chosen = jdbc.sql("select organisation_id from acting_for where user_id = ?")
                .param(userId).query(Long.class).optional();
        return chosen.flatMap(id -> choices.stream().filter(choice -> choice.id() == id).findFirst())
                .or(() -> choices.stream().findFirst());
    }

    /** The organisation the person acts for, refused when they belong to no active organisation. */
    @Transactional(readOnly = true)
    public long require(SignedInUser user) {
        return current(user.userId()).map(Choice::id).orElseThrow(() ->
                new AccessDeniedException(user.userId() + " acts for no active organisation"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> choices(String userId) {
        return network.organisationsOf(userId).stream()
                .filter(organisation -> network.isActiveMember(organisation.id(), userId))
                .map(organisation -> new Choice(organisation.id(), organisation.name()))
                .toList();
    }

    @Override
    @Transactional
    public void choose(SignedInUser user, long organisationId) {
        if (!network.isActiveMember(organisationId, user.userId())) {
            throw new AccessDeniedException(user.userId() + " does not belong to organisation " + organisationId);
        }
        if (jdbc.sql("update acting_for set organisation_id = ? where user_id = ?")
                .params(organisationId, user.userId()).update() == 0) {
            jdbc.sql("insert into acting_for (user_id, organisation_id) values (?, ?)")
                    .params(user.userId(), organisationId).update();
        }
        audit.record(user.userId(), null, "organisation.actingFor", "organisation:" + organisationId, Map.of());
    }
}
