package org.powerpartnership.consultation;

import org.powerpartnership.shared.DomainEvent;

import java.util.List;

/**
 * A consultation was launched; published inside the launch's transaction, before its process starts, so other
 * features (partner invitations) are in place when the first tasks appear.
 */
public record ConsultationLaunched(long consultationId, String ref, String launchedBy, List<Long> partnerOrganisationIds) implements DomainEvent {
}
