package org.powerpartnership.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;

import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.TestAccounts;

/** Helpers for the officer screens' browserless tests: a cast of people, filling the launch form, waiting. */
final class OfficerScreens {

    /** The people a launch through the form chooses. */
    record People(SignedInUser lead, SignedInUser deputy, List<SignedInUser> panel, SignedInUser sponsor) {

        static People open(TestAccounts accounts) {
            return new People(accounts.open(Roles.OFFICER), accounts.open(Roles.OFFICER),
                    List.of(accounts.open(Roles.PANEL), accounts.open(Roles.PANEL), accounts.open(Roles.PANEL)),
                    accounts.open(Roles.SPONSOR));
        }
    }

    private OfficerScreens() {
    }

    static final String TITLE = "Riverside play spaces";
    static final String ISSUE = "The play areas in Riverside are worn out and some families say they feel unsafe.";

    /** Fills every step of the form with answers that can be launched, from the first step, moving on each time. */
    static void fillAndContinue(LaunchConsultationView view, People people) {
        view.title.setValue(TITLE);
        view.issue.setValue(ISSUE);
        view.summary.setValue("Tell us how the Riverside play areas should change.");
        next();
        view.formativeStatement.setValue("Which equipment, where it goes and the opening hours are all still open.");
        next();
        view.iap2Level.setValue("involve");
        next();
        view.decisionMaker.setValue("Cabinet Member for Communities");
        view.geographyType.setValue("ward");
        view.geographyName.setValue("Riverside ward");
        next();
        view.participationWindowDays.setValue(35);
        view.decisionBy.setValue(LocalDate.now().plusMonths(5));
        view.budget.setValue(new java.math.BigDecimal("25000"));
        next();
        view.lead.setValue(person(view.lead, people.lead()));
        view.deputy.setValue(person(view.deputy, people.deputy()));
        view.sponsor.setValue(person(view.sponsor, people.sponsor()));
        next();
        Set<LaunchConsultationView.Person> panel = new HashSet<>();
        people.panel().forEach(member -> panel.add(person(view.panel, member)));
        view.panel.setValue(panel);
        next();
        next();
    }

    static LaunchConsultationView.Person person(com.vaadin.flow.component.combobox.ComboBox<LaunchConsultationView.Person> box,
                                                SignedInUser user) {
        return box.getListDataView().getItems().filter(p -> p.userId().equals(user.userId())).findFirst()
                .orElseThrow(() -> new AssertionError(user.userId() + " is not offered"));
    }

    static LaunchConsultationView.Person person(
            com.vaadin.flow.component.combobox.MultiSelectComboBox<LaunchConsultationView.Person> box,
            SignedInUser user) {
        return box.getListDataView().getItems().filter(p -> p.userId().equals(user.userId())).findFirst()
                .orElseThrow(() -> new AssertionError(user.userId() + " is not offered"));
    }

    static void next() {
        _click(_get(Button.class, spec -> spec.withId("launch-next")));
    }

    /**
     * Runs the UI's pending work (results of background threads) until the condition holds, for up to 30 s; while the
     * page polls, fires its polls as the browser would.
     */
    static void await(BooleanSupplier condition) {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                fail("The screen did not get there in 30 seconds");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            MockVaadin.clientRoundtrip();
            com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
            if (ui.getPollInterval() > 0) {
                com.vaadin.flow.component.ComponentUtil.fireEvent(ui,
                        new com.vaadin.flow.component.PollEvent(ui, true));
                MockVaadin.clientRoundtrip();
            }
        }
    }
}
