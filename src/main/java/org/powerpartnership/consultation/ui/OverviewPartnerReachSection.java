package org.powerpartnership.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.PartnerOrganisations.GroupReach;

/**
 * Which groups of people the invited organisations work with, and which nobody invited does, in the equality
 * questions' own words: where to look for another partner before the window opens.
 */
class OverviewPartnerReachSection extends OverviewSection {

    OverviewPartnerReachSection(List<GroupReach> coverage) {
        super("overview-partner-reach", "overview.reach.heading");
        List<GroupReach> reached = coverage.stream().filter(g -> !g.organisations().isEmpty()).toList();
        List<GroupReach> nobody = coverage.stream().filter(g -> g.organisations().isEmpty()).toList();
        if (reached.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("overview.reach.none"));
            none.setId("overview-reach-none");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("overview-reach-groups");
            reached.forEach(g -> list.add(new ListItem(getTranslation("overview.reach.group", label(g),
                    String.join(", ", g.organisations())))));
            add(list);
        }
        if (!nobody.isEmpty()) {
            Paragraph gaps = new Paragraph(getTranslation("overview.reach.gaps",
                    String.join("; ", nobody.stream().map(this::label).toList())));
            gaps.setId("overview-reach-gaps");
            add(gaps);
        }
    }

    /** "Age: 18 to 24": the characteristic, then the profile's own answer. */
    private String label(GroupReach group) {
        return getTranslation("directory.groupLabel", getTranslation("directory.characteristic." + group.characteristic()),
                getTranslation("profile.option." + group.characteristic() + "." + group.value()));
    }
}
