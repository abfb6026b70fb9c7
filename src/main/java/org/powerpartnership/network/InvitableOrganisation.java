package org.powerpartnership.network;

import java.util.ArrayList;
import java.util.List;

/**
 * An active organisation as someone choosing whom to invite sees it (not the directory keepers' full entry): where
 * it works and the groups of people it works with.
 *
 * @param groups the groups it works with, as {@code characteristic: value} (for example {@code ageBand: 65+})
 */
public record InvitableOrganisation(long id, String name, String kind, List<String> areas, List<String> groups) {

    public InvitableOrganisation {
        areas = List.copyOf(areas);
        groups = List.copyOf(groups);
    }

    /** What it reaches in a few words: its areas, then its groups ("Riverside; carers, 65+"); empty if unknown. */
    public String reaches() {
        List<String> parts = new ArrayList<>();
        if (!areas.isEmpty()) {
            parts.add(String.join(", ", areas));
        }
        if (!groups.isEmpty()) {
            parts.add(String.join(", ", groups.stream().map(g -> g.substring(g.indexOf(": ") + 2)).toList()));
        }
        return String.join("; ", parts);
    }
}
