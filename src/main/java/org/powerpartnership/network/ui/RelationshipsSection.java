package org.powerpartnership.network.ui;

import java.time.ZoneId;
import java.text.NumberFormat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.network.OrganisationRelationships.Assisted;
import org.powerpartnership.network.OrganisationRelationships.Invitation;
import org.powerpartnership.network.OrganisationRelationships.Outreach;
import org.powerpartnership.network.OrganisationRelationships.Relationships;
import org.powerpartnership.network.OrganisationRelationships.Suggestion;
import org.powerpartnership.shared.ui.CouncilDates;

/**
 * The organisation's relationship with the council over time: how often it is asked against the median active
 * organisation (the "usual suspects" figure) with organisations rarely asked that reach the same groups or areas,
 * then the consultations it was invited to with what it agreed, its outreach and the responses entered for it.
 */
class RelationshipsSection extends DirectorySection {

    RelationshipsSection(Relationships relationships, ZoneId zone) {
        super("organisation-relationships", "directory.relationships.heading");
        NumberFormat median = NumberFormat.getNumberInstance(getLocale());
        median.setMaximumFractionDigits(1);
        Paragraph frequency = new Paragraph(getTranslation("directory.relationships.frequency",
                relationships.frequency().invited(), median.format(relationships.frequency().median())));
        frequency.setId("organisation-frequency");
        add(frequency);
        if (!relationships.rarelyAsked().isEmpty()) {
            UnorderedList rarely = new UnorderedList();
            rarely.setId("organisation-rarely-asked");
            for (Suggestion suggestion : relationships.rarelyAsked()) {
                rarely.add(new ListItem(new Anchor("organisations/" + suggestion.id(), suggestion.name()),
                        new Span(" " + getTranslation("directory.relationships.invitedTimes", suggestion.invited()))));
            }
            add(new Paragraph(getTranslation("directory.relationships.rarelyAsked")), rarely);
        }
        add(new H3(getTranslation("directory.relationships.invitations")));
        UnorderedList invitations = list("organisation-invitations", relationships.invitations().isEmpty());
        for (Invitation invitation : relationships.invitations()) {
            String invited = getTranslation("directory.relationships.invited", invitation.title(),
                    CouncilDates.date(this, invitation.invitedAt(), zone));
            StringBuilder line = new StringBuilder(invited).append(' ');
            if (invitation.role() == null) {
                line.append(getTranslation("directory.relationships.notAgreed"));
            } else {
                line.append(getTranslation("directory.relationships.agreed",
                        getTranslation("partnerRole." + invitation.role())));
                if (invitation.reachEstimate() != null) {
                    line.append(' ').append(getTranslation("directory.relationships.reach", invitation.reachEstimate()));
                }
                if (invitation.reachDescription() != null && !invitation.reachDescription().isBlank()) {
                    line.append(' ').append(getTranslation("directory.relationships.reachDescription",
                            invitation.reachDescription()));
                }
            }
            ListItem item = new ListItem(line.toString());
            item.setId("organisation-invitation-" + invitation.consultationId());
            invitations.add(item);
        }
        add(invitations, new H3(getTranslation("directory.relationships.outreach")));
        UnorderedList outreach = list("organisation-outreach", relationships.outreach().isEmpty());
        for (Outreach each : relationships.outreach()) {
            String line = getTranslation("directory.relationships.outreachLine", each.title(),
                    CouncilDates.date(this, each.reportedAt(), zone));
            if (each.peopleReached() != null) {
                line += " " + getTranslation("directory.relationships.reach", each.peopleReached());
            }
            if (each.groupsReached() != null && !each.groupsReached().isBlank()) {
                line += " " + getTranslation("directory.relationships.reachDescription", each.groupsReached());
            }
            outreach.add(new ListItem(line));
        }
        add(outreach, new H3(getTranslation("directory.relationships.assisted")));
        UnorderedList assisted = list("organisation-assisted", relationships.assisted().isEmpty());
        for (Assisted each : relationships.assisted()) {
            assisted.add(new ListItem(getTranslation("directory.relationships.assistedLine", each.title(),
                    each.responses())));
        }
        add(assisted);
    }

    private UnorderedList list(String id, boolean empty) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        if (empty) {
            list.add(new ListItem(getTranslation("directory.relationships.none")));
        }
        return list;
    }
}
