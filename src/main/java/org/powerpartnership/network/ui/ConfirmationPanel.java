package org.powerpartnership.network.ui;

import java.time.ZoneId;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.network.DirectoryEntry;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationStatus;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * An entry waiting for an officer: confirm it (it becomes active, public pages may name it and it can be invited),
 * decline it, or merge it into the entry that already exists for the same organisation.
 */
class ConfirmationPanel extends DirectorySection {

    final Button confirm = new Button();
    final Button decline = new Button();
    final Button mergeInstead = new Button();

    ConfirmationPanel(DirectoryEntry entry, OrganisationDirectory directory, SignedInUser user, ZoneId zone,
                      MergeSection merge, Consumer<String> done) {
        super("organisation-confirmation", "directory.confirm.heading");
        add(new Paragraph(getTranslation(entry.status() == OrganisationStatus.PROPOSED
                ? "directory.confirm.proposed" : "directory.confirm.pending")));
        directory.proposerName(user, entry).ifPresent(name -> {
            Paragraph proposer = new Paragraph(getTranslation("directory.confirm.proposedBy", name,
                    CouncilDates.date(this, entry.createdAt(), zone)));
            proposer.setId("organisation-proposed-by");
            add(proposer);
        });
        confirm.setText(getTranslation("directory.confirm"));
        confirm.setId("organisation-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decline.setText(getTranslation("directory.decline"));
        decline.setId("organisation-decline");
        mergeInstead.setText(getTranslation("directory.confirm.mergeInstead"));
        mergeInstead.setId("organisation-merge-instead");
        mergeInstead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        mergeInstead.addClickListener(click -> merge.focusTarget());
        confirm.addClickListener(click -> decide(() -> directory.confirm(user, entry.id()),
                getTranslation("directory.confirm.done", entry.name()), done));
        decline.addClickListener(click -> decide(() -> directory.decline(user, entry.id()),
                getTranslation("directory.decline.done", entry.name()), done));
        Div actions = new Div(confirm, decline, mergeInstead);
        actions.addClassName("pp-actions");
        add(actions);
    }

    /** A second click (or another officer first) finds the entry decided already: the page says so, plainly. */
    private void decide(Runnable decision, String doneMessage, Consumer<String> done) {
        try {
            decision.run();
            done.accept(doneMessage);
        } catch (InvalidInputException already) {
            done.accept(FieldProblems.message(this, already.problems().get(0)));
        }
    }
}
