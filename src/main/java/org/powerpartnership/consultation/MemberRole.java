package org.powerpartnership.consultation;

import org.powerpartnership.shared.Roles;

/** The capacities in which people take part in one consultation, each mapped to the role whose group it joins. */
public enum MemberRole {
    LEAD(Roles.OFFICER),
    DEPUTY(Roles.OFFICER),
    OFFICER(Roles.OFFICER),
    PANEL(Roles.PANEL),
    SPONSOR(Roles.SPONSOR),
    PARTNER(Roles.PARTNER),
    CODESIGNER(Roles.RESIDENT),
    JUROR(Roles.RESIDENT);

    private final String role;

    MemberRole(String role) {
        this.role = role;
    }

    /** The role vocabulary entry this capacity belongs to. */
    public String role() {
        return role;
    }

    /** The consultation's candidate group for this capacity, e.g. {@code panel:PARKS-2026}. */
    public String groupFor(String consultationRef) {
        return Roles.groupOf(role, consultationRef);
    }

    public boolean isTeam() {
        return this == LEAD || this == DEPUTY || this == OFFICER;
    }
}
