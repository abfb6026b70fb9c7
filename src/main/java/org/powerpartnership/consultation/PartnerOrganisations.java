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

    /** The invited organisations the public may see: confirmed (active) ones only, by name. */
    List<String> publicPartnerNames(long consultationId);

    /**
     * Which groups of people the organisations invited to one consultation work with, and which nobody invited
     * does: one line for every group the directory knows, in the equality questions' order.
     */
    List<GroupReach> groupCoverage(long consultationId);

    record Choice(long id, String name, String kind, String area) {
    }

    /**
     * @param characteristic ageBand, sex, ethnicity, disability or caring (the equality questions' keys)
     * @param value          the answer that names the group, as the resident profile stores it
     * @param organisations  the invited organisations that work with this group, by name; empty when nobody does
     */
    record GroupReach(String characteristic, String value, List<String> organisations) {
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

        @Override
        public List<String> publicPartnerNames(long consultationId) {
            return List.of();
        }

        @Override
        public List<GroupReach> groupCoverage(long consultationId) {
            return List.of();
        }
    };
}
