package org.powerpartnership.consultation;

import java.time.Instant;

/** One person's part in one consultation. */
public record Member(long consultationId, String userId, MemberRole role, String groupId, Instant addedAt) {
}
