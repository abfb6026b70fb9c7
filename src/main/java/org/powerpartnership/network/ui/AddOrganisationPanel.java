package org.powerpartnership.network.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.springframework.security.access.AccessDeniedException;

import org.powerpartnership.network.DuplicateNameException;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * "Add an organisation": the details form and Save. A name already in the directory is refused beside the name,
 * with a link to the entry that has it; nothing typed is lost.
 */
class AddOrganisationPanel extends Section {

    final OrganisationForm form = new OrganisationForm("directory-add", false);
    final Button save = new Button();
    final Paragraph status = new Paragraph();
    final DuplicateOffer duplicate = new DuplicateOffer("directory-add");

    private final transient OrganisationDirectory directory;
    private final SignedInUser user;
    private final Runnable added;

    AddOrganisationPanel(OrganisationDirectory directory, SignedInUser user, Runnable added) {
        this.directory = directory;
        this.user = user;
        this.added = added;
        setId("directory-add");
        addClassName("pp-card");
        H2 heading = new H2(getTranslation("directory.add"));
        heading.setId("directory-add-heading");
        getElement().setAttribute("aria-labelledby", "directory-add-heading");
        save.setText(getTranslation("directory.add.save"));
        save.setId("directory-add-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(click -> save());
        status.setId("directory-add-status");
        status.getElement().setAttribute("role", "status");
        Div actions = new Div(save);
        actions.addClassName("pp-actions");
        add(heading, form, duplicate, actions, status);
    }

    void focus() {
        form.name.focus();
    }

    void save() {
        try {
            long id = directory.add(user, form.details());
            form.clear();
            duplicate.hide();
            status.setText(getTranslation("directory.add.done",
                    directory.find(user, id).map(entry -> entry.name()).orElse("")));
            added.run();
        } catch (DuplicateNameException same) {
            form.showProblems(same.problems());
            duplicate.offerToOpen(same.existingId(), same.existingName());
            status.setText("");
        } catch (InvalidInputException invalid) {
            duplicate.hide();
            List<String> unplaced = form.showProblems(invalid.problems()).stream()
                    .map(p -> FieldProblems.message(this, p)).toList();
            status.setText(String.join(" ", unplaced));
        } catch (AccessDeniedException refused) {
            status.setText(getTranslation("directory.refused"));
        } finally {
            save.setEnabled(true);
        }
    }
}
