package org.powerpartnership.accountability;

import org.powerpartnership.shared.DomainEvent;

/**
 * A member stepped down from a consultation's panel.
 *
 * @param panelShort whether fewer eligible members remain than a decision needs: the sponsor is told to settle it
 */
public record PanelMemberSteppedDown(long consultationId, String userId, boolean panelShort) implements DomainEvent {
}
