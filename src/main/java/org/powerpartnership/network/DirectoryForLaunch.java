package org.powerpartnership.network;

import java.util.List;

import org.powerpartnership.consultation.PartnerOrganisations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisation directory (active entries, with what each reaches) and a consultation's partners, as launching and overseeing a consultation see them. */
@Component
class DirectoryForLaunch implements PartnerOrganisations {

    private final NetworkService network;
    private final PartnerCoverage coverage;
    private final InvitationDirectory directory;

    DirectoryForLaunch(NetworkService network, PartnerCoverage coverage, InvitationDirectory directory) {
        this.network = network;
        this.coverage = coverage;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> directory() {
        // the launch labels a choice "name (area)": what the organisation reaches (areas; groups) fills the brackets
        return directory.active().stream()
                .map(o -> new Choice(o.id(), o.name(), o.kind(), o.reaches().isEmpty() ? null : o.reaches())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Partner> partnersOf(long consultationId) {
        return network.partnersOf(consultationId).stream()
                .map(p -> new Partner(p.organisation().id(), p.organisation().name(), p.invitedAt(), p.role(),
                        p.reachEstimate(), p.acceptedAt()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> publicPartnerNames(long consultationId) {
        return coverage.activePartnerNames(consultationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<GroupReach> groupCoverage(long consultationId) {
        return coverage.of(consultationId);
    }
}
