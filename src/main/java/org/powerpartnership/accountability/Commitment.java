package org.powerpartnership.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A promise in the council's response, with an owner and a due date, reviewed by the panel until delivered.
 *
 * @param status   OPEN, ON_TRACK, AT_RISK, OFF_TRACK, OVERDUE, DELIVERY_REPORTED, DELIVERED or NOT_DELIVERED
 * @param measure  how we will know it is done (null for commitments made before it was asked)
 * @param themeIds the themes of the analysis it answers
 */
public record Commitment(long id, long consultationId, String description, String ownerName, LocalDate dueOn,
                         String status, Instant deliveredAt, String processInstanceId, Instant createdAt,
                         String measure, List<Long> themeIds) {

    public Commitment {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }

    public static final String OPEN = "OPEN";
    public static final String OVERDUE = "OVERDUE";
    public static final String DELIVERY_REPORTED = "DELIVERY_REPORTED";
    public static final String DELIVERED = "DELIVERED";
    public static final String NOT_DELIVERED = "NOT_DELIVERED";

    public boolean isDelivered() {
        return DELIVERED.equals(status);
    }
}
