package org.powerpartnership.network;

import java.util.List;

import org.powerpartnership.consultation.PartnerOrganisations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisation directory and a consultation's partners, as launching and overseeing a consultation see them. */
@Component
class DirectoryForLaunch implements PartnerOrganisations {

    private final NetworkService network;
    private final PartnerCoverage coverage;

    DirectoryForLaunch(NetworkService network, PartnerCoverage coverage) {
        this.network = network;
        this.coverage = coverage;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> directory() {
        return network.directory().stream().map(o -> new Choice(o.id(), o.name(), o.kind(), o.area())).toList();
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
