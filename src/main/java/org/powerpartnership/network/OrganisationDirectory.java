package org.powerpartnership.network;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.powerpartnership.audit.AuditLog;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory officers and administrators keep: adding and editing organisations, finding them, and confirming
 * or declining the ones an officer proposed. A name already in the directory (ignoring case and spacing) is refused
 * with the entry that has it ({@link DuplicateNameException}), so one organisation never has two entries.
 */
@Service
public class OrganisationDirectory {

    private final DirectoryRecords records;
    private final DirectoryDetailsCheck check;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    OrganisationDirectory(DirectoryRecords records, DirectoryDetailsCheck check, AccountService accounts,
                          AuditLog audit, Clock clock) {
        this.records = records;
        this.check = check;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an active organisation; returns its id. */
    @Transactional
    public long add(SignedInUser keeper, OrganisationDetails details) {
        requireKeeper(keeper);
        OrganisationDetails clean = check.cleaned(details, null);
        refuseDuplicate(clean.name(), null);
        long id;
        try {
            id = records.insert(new OrganisationDetails(clean.name(), clean.kind(), clean.description(),
                    clean.website(), clean.email(), clean.phone(), clean.areas(), clean.groups(),
                    OrganisationStatus.ACTIVE), keeper.userId(), clock.instant());
        } catch (DuplicateKeyException addedMeanwhile) {
            // another officer added the same name a moment ago: the unique name index refused ours
            throw new InvalidInputException(FieldProblem.of("name", "directory.duplicate", clean.name()));
        }
        audit.record(keeper.userId(), null, "organisation.added", subject(id), Map.of("name", clean.name()));
        return id;
    }

    @Transactional
    public void update(SignedInUser keeper, long id, OrganisationDetails details) {
        requireKeeper(keeper);
        DirectoryEntry current = existing(id);
        OrganisationDetails clean = check.cleaned(details, current.status());
        refuseDuplicate(clean.name(), id);
        records.update(id, clean, clock.instant());
        audit.record(keeper.userId(), null, "organisation.updated", subject(id), Map.of("name", clean.name()));
    }

    /** One entry; empty for an unknown id. */
    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> find(SignedInUser reader, long id) {
        requireKeeper(reader);
        return records.entry(id);
    }

    /** The name of the officer who proposed the entry; empty when nobody did (or their account is gone). */
    @Transactional(readOnly = true)
    public Optional<String> proposerName(SignedInUser reader, DirectoryEntry entry) {
        requireKeeper(reader);
        return Optional.ofNullable(entry.proposedBy()).flatMap(accounts::person).map(person -> person.displayName());
    }

    /** One page of the entries that match, by name. */
    @Transactional(readOnly = true)
    public List<DirectoryListing> search(SignedInUser reader, DirectorySearch search, int offset, int limit) {
        requireKeeper(reader);
        return records.search(search, Math.max(0, offset), Math.max(0, limit));
    }

    @Transactional(readOnly = true)
    public int count(SignedInUser reader, DirectorySearch search) {
        requireKeeper(reader);
        return records.count(search);
    }

    /** Every area the directory names, for choosing one to filter by. */
    @Transactional(readOnly = true)
    public List<String> areas(SignedInUser reader) {
        requireKeeper(reader);
        return records.allAreas();
    }

    /** A proposed (or registered) entry is real: it becomes active, and public pages may show it. */
    @Transactional
    public void confirm(SignedInUser keeper, long id) {
        decide(keeper, id, OrganisationStatus.ACTIVE, "organisation.confirmed");
    }

    /** A proposed (or registered) entry is not one to work with: declined, never shown publicly. */
    @Transactional
    public void decline(SignedInUser keeper, long id) {
        decide(keeper, id, OrganisationStatus.DECLINED, "organisation.declined");
    }

    private void decide(SignedInUser keeper, long id, OrganisationStatus outcome, String action) {
        requireKeeper(keeper);
        DirectoryEntry entry = existing(id);
        if (!entry.waitsForConfirmation()) {
            throw new InvalidInputException(FieldProblem.of("status", "directory.notWaiting", entry.name()));
        }
        records.setStatus(id, outcome, clock.instant());
        audit.record(keeper.userId(), null, action, subject(id), Map.of("name", entry.name()));
    }

    private void refuseDuplicate(String name, Long except) {
        Optional<DirectoryListing> same = records.withName(name, except);
        if (same.isPresent()) {
            throw new DuplicateNameException(same.get().id(), same.get().name());
        }
    }

    DirectoryEntry existing(long id) {
        return records.entry(id).orElseThrow(() -> new InvalidInputException(
                FieldProblem.of("organisation", "directory.unknown", id)));
    }

    /** Officers and administrators keep the directory; nobody else reads or changes it here. */
    static void requireKeeper(SignedInUser user) {
        if (!user.hasRole(Roles.OFFICER) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException(user.userId() + " may not keep the organisation directory");
        }
    }

    static String subject(long id) {
        return "organisation:" + id;
    }
}
