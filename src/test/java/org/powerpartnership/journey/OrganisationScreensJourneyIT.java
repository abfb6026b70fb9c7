package org.powerpartnership.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.network.OrganisationDetails;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationKind;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.powerpartnership.support.BrowserJourneyOnH2;

/**
 * In a real browser, at desktop and phone widths: the officer's directory, an organisation's page and stage 2's
 * invitation screen; a partner's organisations and the header naming whom they act for; a resident registering an
 * organisation. Every page passes axe-core (WCAG 2.2 A and AA); screenshots land in target/screenshots.
 */
@IntegrationTest
@ExtendWith(BrowserJourneyOnH2.class)
class OrganisationScreensJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganisationDirectory directory;

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
        // rows of different heights (long names and kinds wrap on a phone), as a council's directory has
        for (OrganisationKind kind : OrganisationKind.values()) {
            directory.add(cast.lead(), new OrganisationDetails("The " + kind.code().replace('_', ' ')
                    + " network of Riverside, Hillside and the Canal estates " + UUID.randomUUID(), kind, null, null,
                    null, null, List.of("Riverside", "Hillside"), Set.of(), null));
        }

        for (Dimension size : new Dimension[] {new Dimension(1280, 900), new Dimension(390, 844)}) {
            String width = size.getWidth() > 800 ? "desktop" : "phone";
            try (Browser officer = Browser.open(port, size)) {
                signIn(officer, cast.lead());
                visit(officer, "/organisations", "directory-" + width);
                // other tests fill the directory: the officer finds this one by its name
                officer.type("#directory-search", cast.organisation().name());
                officer.textContaining("#directory-grid", cast.organisation().name());
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
