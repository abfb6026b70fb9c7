package org.powerpartnership.accountability;

import java.time.Instant;
import java.util.List;

import org.powerpartnership.consultation.ConsultationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's changes as the public record shows them: confirmed by the sponsor, a substitute appointed with the
 * sponsor's reason, a member stepping down with theirs. Names follow the panel's consent, like votes.
 */
@Service
public class PanelRecord {

    private final PanelRoster roster;
    private final PanelConsent consent;
    private final ConsultationService consultations;

    PanelRecord(PanelRoster roster, PanelConsent consent, ConsultationService consultations) {
        this.roster = roster;
        this.consent = consent;
        this.consultations = consultations;
    }

    /**
     * One change on the record.
     *
     * @param name the member's public name, or null for a resident member who has not agreed to be named (and for
     *             a confirmation, which is of the whole panel)
     */
    public record PublicChange(String kind, String name, String reason, Instant at) {
    }

    @Transactional(readOnly = true)
    public List<PublicChange> of(String consultationRef) {
        long consultationId = consultations.byRef(consultationRef).id();
        return roster.changes(consultationId).stream()
                .map(change -> new PublicChange(change.kind(),
                        change.userId() == null ? null : consent.publicName(change.userId()).orElse(null),
                        change.reason(), change.changedAt()))
                .toList();
    }
}
