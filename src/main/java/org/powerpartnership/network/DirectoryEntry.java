package org.powerpartnership.network;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One organisation as the directory keeps it.
 *
 * @param kind       null for a kind the directory no longer knows
 * @param mergedInto the entry that kept this one's history, once merged
 * @param proposedBy the officer who named it (for a proposed entry)
 */
public record DirectoryEntry(long id, String name, OrganisationKind kind, OrganisationStatus status,
                             String description, String website, String email, String phone, List<String> areas,
                             Set<GroupServed> groups, Long mergedInto, String proposedBy, Instant createdAt,
                             Instant updatedAt) {

    public OrganisationDetails details() {
        return new OrganisationDetails(name, kind, description, website, email, phone, areas, groups, status);
    }

    public boolean waitsForConfirmation() {
        return status == OrganisationStatus.PROPOSED || status == OrganisationStatus.PENDING;
    }
}
