package org.powerpartnership.workflow;

import java.util.Set;

/**
 * The per-consultation candidate groups a person belongs to ({@code officer:<ref>}, {@code panel:<ref>}, ...).
 * Implemented by the consultation feature, which owns the memberships; the workflow side only asks.
 */
public interface GroupMemberships {

    Set<String> consultationGroupsOf(String userId);
}
