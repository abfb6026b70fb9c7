package org.powerpartnership.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.powerpartnership.shared.DomainEvent;

/**
 * A published commitment changed: the team reported progress, its status moved (on track, at risk, overdue,
 * delivered, withdrawn …) or the sponsor gave it a later due date. The consultation's followers are told.
 *
 * @param updateId unique per change, so a change handled twice is told once and two changes are told twice
 * @param change   {@link #PROGRESS}, {@link #STATUS} or {@link #DUE_DATE}
 * @param status   the commitment's status after the change
 * @param dueOn    its due date after the change
 */
public record CommitmentUpdated(String updateId, long commitmentId, long consultationId, String change, String status,
                                LocalDate dueOn, Instant changedAt) implements DomainEvent {

    public static final String PROGRESS = "PROGRESS";
    public static final String STATUS = "STATUS";
    public static final String DUE_DATE = "DUE_DATE";

    static CommitmentUpdated of(Commitment after, String change, Instant at) {
        return new CommitmentUpdated(UUID.randomUUID().toString(), after.id(), after.consultationId(), change,
                after.status(), after.dueOn(), at);
    }
}
