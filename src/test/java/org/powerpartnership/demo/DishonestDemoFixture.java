package org.powerpartnership.demo;

import org.powerpartnership.network.NetworkService;

/**
 * Never run: a demo that takes a short cut no screen offers (linking a partner to an organisation without the
 * administrator's screen, which goes through {@code OrganisationMembers.add}), for {@code HonestDemoTest} to prove
 * that it catches one.
 */
final class DishonestDemoFixture {

    private DishonestDemoFixture() {
    }

    static void seed(NetworkService network) {
        network.addMember(1L, "someone");
    }
}
