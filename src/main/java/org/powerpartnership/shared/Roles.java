package org.powerpartnership.shared;

import java.util.List;

/**
 * The one role vocabulary. Each constant is at the same time a Spring Security role ({@code ROLE_<name>}),
 * the id of a Camunda group (so Camunda Admin manages membership) and a BPMN candidate group.
 * Per-consultation groups are built from these names, for example {@code panel:<consultation key>}.
 */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String RESIDENT = "resident";
    public static final String PARTNER = "partner";
    public static final String PANEL = "panel";
    public static final String SPONSOR = "sponsor";
    public static final String ADMIN = "admin";

    /** Every role, in the order people meet them in the product. */
    public static final List<String> ALL = List.of(OFFICER, RESIDENT, PARTNER, PANEL, SPONSOR, ADMIN);

    private Roles() {
    }

    public static boolean isRole(String name) {
        return ALL.contains(name);
    }

    /** The candidate group of one consultation's team, panel or partners, e.g. {@code panel:LEEDS-PARKS}. */
    public static String groupOf(String role, String consultationKey) {
        if (!isRole(role)) {
            throw new IllegalArgumentException("Not a role: " + role);
        }
        return role + ":" + consultationKey;
    }
}
