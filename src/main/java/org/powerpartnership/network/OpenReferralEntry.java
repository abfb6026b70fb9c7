package org.powerpartnership.network;

import java.util.List;
import java.util.UUID;

/**
 * What the directory says about one organisation that Open Referral UK can carry: its published identifier, name,
 * kind, description, public website, email and phone, where it is based, the areas it serves and the groups of people
 * it works with. Named contacts are not part of it: they are personal data (see {@link OpenReferralMapping}).
 *
 * @param orukId      the organisation's identifier in Open Referral UK
 * @param area        where it is based (the directory's single area), published as its location
 * @param areasServed the areas it serves, published as the service areas
 * @param groups      the groups of people it works with, published as its service's attributes
 */
public record OpenReferralEntry(UUID orukId, String name, OrganisationKind kind, String description, String website,
                             String email, String phone, String area, List<String> areasServed,
                             List<GroupServed> groups) {

    public OpenReferralEntry {
        areasServed = List.copyOf(areasServed);
        groups = List.copyOf(groups);
    }

}
