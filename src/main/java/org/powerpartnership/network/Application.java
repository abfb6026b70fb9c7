package org.powerpartnership.network;

import java.time.Instant;

/**
 * A person's request to register an organisation ({@link #REGISTER}) or to join one ({@link #JOIN}), and where it
 * stands: {@link #PENDING}, {@link #APPROVED} or {@link #DECLINED} (with the reviewer's notes).
 */
public record Application(long id, String kind, long organisationId, String organisationName, String applicant,
                          String message, Instant submittedAt, String status, String decidedBy, Instant decidedAt,
                          String notes, String processInstanceId) {

    public static final String REGISTER = "register";
    public static final String JOIN = "join";
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String DECLINED = "declined";

    public boolean isPending() {
        return PENDING.equals(status);
    }
}
