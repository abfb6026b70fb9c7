package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Browser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.workflow.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, at desktop and phone widths: the officer's directory, an organisation's page and stage 2's
 * invitation screen; a partner's organisations and the header naming whom they act for; a resident registering an
 * organisation. Every page passes axe-core (WCAG 2.2 A and AA); screenshots land in target/screenshots.
 */
@IntegrationTest
class OrganisationScreensJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_directory_the_invitation_screen_and_joining_pages_pass_axe_at_two_widths() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_InviteNetworks"), null);
        WorkItem invite = cycle.open(consultation, "Task_InviteNetworks").get(0);
        SignedInUser resident = accounts.open(Roles.RESIDENT);

        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(390, 844)}) {
            String width = size.getWidth() > 800 ? "desktop" : "phone";
            try (Browser officer = Browser.open(port, size)) {
                signIn(officer, cast.lead());
                visit(officer, "/organisations", "directory-" + width);
                assertThat(officer.text("main")).contains(cast.organisation().name());
                visit(officer, "/organisations/" + cast.organisation().id(), "directory-organisation-" + width);
                officer.go("/work/" + invite.taskId());
                assertThat(officer.pathOnceAt("/consultation/" + consultation.id() + "/invite-networks"))
                        .isEqualTo("/consultation/" + consultation.id() + "/invite-networks");
                officer.settle();
                assertThat(officer.text("main")).contains(cast.organisation().name());
                officer.assertAccessible("invite-networks-" + width);
                officer.screenshot("invite-networks-" + width);
            }
            try (Browser partner = Browser.open(port, size)) {
                signIn(partner, cast.partner());
                visit(partner, "/partner", "partner-work-" + width);
                assertThat(partner.text("#acting-for")).contains(cast.organisation().name());
                visit(partner, "/my-organisations", "my-organisations-" + width);
                visit(partner, "/our-organisation", "our-organisation-" + width);
            }
            try (Browser newcomer = Browser.open(port, size)) {
                signIn(newcomer, resident);
                visit(newcomer, "/organisations/register", "register-organisation-" + width);
            }
        }
    }

    private static void visit(Browser browser, String path, String name) {
        browser.go(path);
        assertThat(browser.pathOnceAt(path)).isEqualTo(path);
        browser.settle();
        browser.screenshot(name);
        browser.assertAccessible(name);
    }

    private static void signIn(Browser browser, SignedInUser user) {
        assertThat(browser.signIn(user.email(), TestAccounts.PASSWORD)).isEqualTo(user.displayName());
    }
}
