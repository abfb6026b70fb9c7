package org.powerpartnership.network;

import java.util.List;

/** One line of the directory's list: enough to find the organisation and open it. */
public record DirectoryListing(long id, String name, OrganisationKind kind, OrganisationStatus status,
                               List<String> areas) {
}
