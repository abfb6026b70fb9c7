package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works for which organisation: an administrator links a partner's account to their organisation, so the
 * partner joins the consultations it is (or later will be) invited to. Until then the partner's page says to ask.
 */
@Service
public class OrganisationMembers {

    /** A person linked to an organisation, by name. */
    public record Member(String userId, String name) {
    }

    private final NetworkService network;
    private final AccountService accounts;
    private final AuditLog audit;

    OrganisationMembers(NetworkService network, AccountService accounts, AuditLog audit) {
        this.network = network;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Links a partner to an organisation. Only administrators; only accounts that hold the partner role. */
    @Transactional
    public void add(SignedInUser admin, Long organisationId, String partnerId) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException(admin.userId() + " may not link people to organisations");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (organisationId == null) {
            problems.add(FieldProblem.of("organisation", "organisations.chooseOrganisation"));
        }
        if (partnerId == null || partnerId.isBlank()) {
            problems.add(FieldProblem.of("partner", "organisations.choosePartner"));
        } else if (!accounts.rolesOf(partnerId).contains(Roles.PARTNER)) {
            problems.add(FieldProblem.of("partner", "organisations.notPartner"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        network.addMember(organisationId, partnerId);
        audit.record(admin.userId(), null, "organisation.memberAdded", "organisation:" + organisationId,
                Map.of("member", partnerId));
    }

    /** The organisation's people, by name. */
    @Transactional(readOnly = true)
    public List<Member> of(long organisationId) {
        return network.membersOf(organisationId).stream()
                .map(userId -> new Member(userId, accounts.signedInUser(userId).displayName()))
                .toList();
    }

    /** Everyone who holds the partner role, to choose from. */
    @Transactional(readOnly = true)
    public List<Member> partners() {
        return accounts.membersOf(Roles.PARTNER).stream()
                .map(user -> new Member(user.userId(), user.displayName()))
                .toList();
    }
}
