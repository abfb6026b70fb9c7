package org.powerpartnership.accountability;

import java.time.Instant;

/** A panel member's vote on a gate; changed votes keep their first cast time and the audit log keeps both. */
public record Vote(long id, long gateId, String voterId, String decision, String reasons, Instant castAt,
                   Instant changedAt) {

    public static final String APPROVE = "approve";
    public static final String RETURN = "return";
}
