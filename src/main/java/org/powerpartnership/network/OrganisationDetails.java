package org.powerpartnership.network;

import java.util.List;
import java.util.Set;

/**
 * What an officer keeps about an organisation in the directory: the same for adding one and editing it.
 *
 * @param status on editing: active or closed (proposed and pending entries are confirmed or declined instead,
 *               merged ones only by a merge); null keeps the current status, or makes a new entry active
 */
public record OrganisationDetails(String name, OrganisationKind kind, String description, String website,
                                  String email, String phone, List<String> areas, Set<GroupServed> groups,
                                  OrganisationStatus status) {

    public OrganisationDetails {
        areas = areas == null ? List.of() : List.copyOf(areas);
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
