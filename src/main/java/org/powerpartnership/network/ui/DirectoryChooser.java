package org.powerpartnership.network.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.powerpartnership.network.InvitableOrganisation;
import org.powerpartnership.network.InvitationDirectory;
import org.powerpartnership.network.OrganisationKind;

/**
 * Searching the directory's active organisations, each shown with what it reaches, and ticking several. What is
 * ticked stays ticked while the search changes; problems with the choice show beside the search box.
 */
class DirectoryChooser extends Composite<Div> implements HasValidation {

    final TextField search = new TextField();
    private final Div results = new Div();
    private final Paragraph chosenSummary = new Paragraph();
    private final InvitationDirectory directory;
    private final Set<Long> chosen = new LinkedHashSet<>();
    private final Set<Long> alreadyInvited;

    DirectoryChooser(InvitationDirectory directory, Set<Long> alreadyInvited) {
        this.directory = directory;
        this.alreadyInvited = alreadyInvited;
        search.setId("invite-search");
        search.setLabel(getTranslation("invite.search"));
        search.setHelperText(getTranslation("invite.search.help"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidthFull();
        search.addValueChangeListener(change -> list());
        results.setId("invite-results");
        results.addClassName("pp-plain-list");
        chosenSummary.setId("invite-chosen");
        chosenSummary.getElement().setAttribute("aria-live", "polite");
        H2 heading = new H2(getTranslation("invite.directory.heading"));
        getContent().add(heading, search, results, chosenSummary);
        list();
    }

    /** The ids ticked, in the order they were ticked. */
    List<Long> chosen() {
        return List.copyOf(chosen);
    }

    /** Ticks these (a returned stage opens with what was chosen last time). */
    void choose(List<Long> ids) {
        chosen.addAll(ids);
        list();
    }

    private void list() {
        results.removeAll();
        List<InvitableOrganisation> found = directory.search(search.getValue());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("invite.directory.none"));
            none.setId("invite-none");
            results.add(none);
        }
        for (InvitableOrganisation entry : found) {
            Checkbox box = new Checkbox(label(entry));
            box.setId("invite-org-" + entry.id());
            if (alreadyInvited.contains(entry.id())) {
                box.setValue(true);
                box.setReadOnly(true);
                box.setLabel(getTranslation("invite.alreadyInvited", label(entry)));
            } else {
                box.setValue(chosen.contains(entry.id()));
                box.addValueChangeListener(change -> {
                    if (Boolean.TRUE.equals(change.getValue())) {
                        chosen.add(entry.id());
                    } else {
                        chosen.remove(entry.id());
                    }
                    summarise();
                });
            }
            results.add(new Div(box));
        }
        summarise();
    }

    private String label(InvitableOrganisation entry) {
        // a kind the directory no longer knows (written before the sector's kinds) is left out rather than guessed
        String name = OrganisationKind.ofCode(entry.kind())
                .map(kind -> getTranslation("invite.named", entry.name(), getTranslation("invite.kind." + kind.code())))
                .orElse(entry.name());
        return entry.reaches().isEmpty() ? name : getTranslation("invite.entry", name, entry.reaches());
    }

    private void summarise() {
        List<String> names = directory.activeAmong(chosen).stream().map(InvitableOrganisation::name).toList();
        chosenSummary.setText(names.isEmpty() ? getTranslation("invite.chosen.none")
                : getTranslation("invite.chosen", String.join(", ", names)));
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        search.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return search.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        search.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return search.isInvalid();
    }
}
