package org.powerpartnership.shared;

import java.util.List;
import java.util.Optional;

/**
 * Which organisation a partner acts for now (someone may belong to several). The shell shows it in the header and
 * offers the switch; the network feature, which owns the organisations, implements it.
 */
public interface ActingOrganisation {

    /** An organisation someone may act for, by name. */
    record Choice(long id, String name) {
    }

    /** The organisation the person acts for: their choice, else their only or first active organisation. */
    Optional<Choice> current(String userId);

    /** The active organisations the person belongs to, by name. */
    List<Choice> choices(String userId);

    /** Acts for another of their organisations from now on; refused for an organisation they do not belong to. */
    void choose(SignedInUser user, long organisationId);
}
