package org.powerpartnership.identity;

import java.time.Instant;

/** Someone with an account: their profile beside the identity-service user that holds credentials and roles. */
public record Person(String userId, String email, String displayName, Instant createdAt) {
}
