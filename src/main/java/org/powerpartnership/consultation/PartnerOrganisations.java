package org.powerpartnership.consultation;

import java.time.Instant;
import java.util.List;

/**
 * The organisation directory as the launch of a consultation sees it (which organisations can be invited) and the
 * partners a consultation has. Provided by the network feature.
 */
public interface PartnerOrganisations {

    /** Organisations that can be invited, by name. */
    List<Choice> directory();

    /** The organisations invited to one consultation and what each agreed to do. */
    List<Partner> partnersOf(long consultationId);

    record Choice(long id, String name, String kind, String area) {
    }

    /**
     * @param role co_host, promote or assist once accepted, null before
     */
    record Partner(long organisationId, String name, Instant invitedAt, String role, Integer reachEstimate,
                   Instant acceptedAt) {
    }

    PartnerOrganisations NONE = new PartnerOrganisations() {
        @Override
        public List<Choice> directory() {
            return List.of();
        }

        @Override
        public List<Partner> partnersOf(long consultationId) {
            return List.of();
        }
    };
}
