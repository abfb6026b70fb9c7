package org.powerpartnership.network;

import java.time.Instant;

/** Someone in an organisation, with their part in it: an admin manages its members, a member works for it. */
public record OrganisationMember(String userId, String name, String email, String role, Instant joinedAt) {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }
}
