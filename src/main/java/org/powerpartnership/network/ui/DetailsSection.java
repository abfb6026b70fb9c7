package org.powerpartnership.network.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;

import org.powerpartnership.network.DirectoryEntry;
import org.powerpartnership.network.DuplicateNameException;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * The organisation's details, edited in place. Renaming it to a name another entry has is refused beside the name,
 * with that entry to open or "Merge with …", which fills in the merge below.
 */
class DetailsSection extends DirectorySection {

    final OrganisationForm form = new OrganisationForm("organisation-edit", true);
    final Button save = new Button();
    final DuplicateOffer duplicate = new DuplicateOffer("organisation-edit");
    final Paragraph problem = new Paragraph();

    DetailsSection(DirectoryEntry entry, OrganisationDirectory directory, SignedInUser user, MergeSection merge,
                   Consumer<String> saved) {
        super("organisation-details", "directory.details.heading");
        form.fill(entry);
        save.setText(getTranslation("directory.details.save"));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        problem.setId("organisation-edit-problem");
        save.addClickListener(click -> {
            try {
                directory.update(user, entry.id(), form.details());
                saved.accept(getTranslation("directory.details.saved",
                        directory.find(user, entry.id()).map(e -> e.name()).orElse("")));
            } catch (DuplicateNameException same) {
                form.showProblems(same.problems());
                duplicate.offerToMerge(same.existingId(), same.existingName(),
                        () -> merge.prefill(same.existingId(), same.existingName()));
            } catch (InvalidInputException invalid) {
                duplicate.hide();
                problem.setText(String.join(" ", form.showProblems(invalid.problems()).stream()
                        .map(p -> FieldProblems.message(this, p)).toList()));
            } finally {
                save.setEnabled(true);
            }
        });
        add(form, duplicate, save, problem);
    }
}
