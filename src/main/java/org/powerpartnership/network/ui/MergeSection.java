package org.powerpartnership.network.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import org.powerpartnership.network.DirectoryEntry;
import org.powerpartnership.network.DirectoryListing;
import org.powerpartnership.network.DirectorySearch;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationMerger;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * Duplicates become one entry: the entries merged into this one (when, by whom, why), and merging this entry into
 * the one that stays, with a reason. The kept entry's page opens afterwards, with this one's history in it.
 */
class MergeSection extends DirectorySection {

    final ComboBox<DirectoryListing> target = new ComboBox<>();
    final TextArea reason = new TextArea();
    final Button merge = new Button();
    final Paragraph problem = new Paragraph();

    MergeSection(DirectoryEntry entry, OrganisationMerger merger, OrganisationDirectory directory, SignedInUser user,
                 ZoneId zone, BiConsumer<Long, String> mergedAway) {
        super("organisation-merge", "directory.merge.heading");
        List<OrganisationMerger.MergeRecord> history = merger.mergedInto(user, entry.id());
        if (!history.isEmpty()) {
            UnorderedList merges = new UnorderedList();
            merges.setId("organisation-merges");
            history.forEach(m -> merges.add(new ListItem(getTranslation("directory.merge.record", m.mergedName(),
                    CouncilDates.date(this, m.mergedAt(), zone), m.mergedBy(), m.reason()))));
            add(merges);
        }
        add(new H3(getTranslation("directory.merge.intoAnother")),
                new Paragraph(getTranslation("directory.merge.explain", entry.name())));
        target.setLabel(getTranslation("directory.merge.target"));
        target.setId("organisation-merge-target");
        target.setItemLabelGenerator(DirectoryListing::name);
        // this entry itself is listed too (paging stays exact); choosing it is refused with a plain message
        target.setItems(query -> directory.search(user, new DirectorySearch(query.getFilter().orElse(null), null,
                null, null, null), query.getOffset(), query.getLimit()).stream());
        reason.setLabel(getTranslation("directory.merge.reason"));
        reason.setId("organisation-merge-reason");
        reason.setMaxLength(1000);
        merge.setText(getTranslation("directory.merge.button"));
        merge.setId("organisation-merge-button");
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR);
        merge.setDisableOnClick(true);
        problem.setId("organisation-merge-problem");
        merge.addClickListener(click -> {
            DirectoryListing kept = target.getValue();
            try {
                merger.merge(user, kept == null ? null : kept.id(), entry.id(), reason.getValue());
                mergedAway.accept(kept.id(), getTranslation("directory.merge.done", entry.name(), kept.name()));
            } catch (InvalidInputException invalid) {
                List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(),
                        Map.of("mergeTarget", target, "mergeReason", reason));
                problem.setText(String.join(" ", unplaced.stream().map(p -> FieldProblems.message(this, p)).toList()));
            } finally {
                merge.setEnabled(true);
            }
        });
        Div form = new Div(target, reason, merge, problem);
        form.addClassName("pp-form");
        add(form);
    }

    /** "Merge with …" from a refused rename, or "merge into an existing entry" from the confirmation. */
    void prefill(long keptId, String keptName) {
        target.setValue(new DirectoryListing(keptId, keptName, null, null, List.of()));
        reason.focus();
    }

    void focusTarget() {
        target.focus();
        target.scrollIntoView();
    }
}
