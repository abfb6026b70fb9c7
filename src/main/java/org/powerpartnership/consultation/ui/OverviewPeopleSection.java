package org.powerpartnership.consultation.ui;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.ConsultationRecords.Overview;
import org.powerpartnership.consultation.ConsultationRecords.Participant;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.PartnerOrganisations;

/** The overview's people: the team, the panel, the sponsor, the partner organisations and the co-designers. */
class OverviewPeopleSection extends OverviewSection {

    OverviewPeopleSection(Overview overview) {
        super("overview-people", "overview.people");
        add(new H3(getTranslation("overview.people.team")), people(overview.team(), "overview-team"));
        add(new H3(getTranslation("overview.people.panel")), people(overview.panel(), "overview-panel"));
        List<Participant> sponsors = overview.people().stream().filter(p -> p.role() == MemberRole.SPONSOR).toList();
        if (!sponsors.isEmpty()) {
            add(new H3(getTranslation("overview.people.sponsor")), people(sponsors, "overview-sponsor"));
        }
        add(new H3(getTranslation("overview.people.partners")));
        if (overview.partners().isEmpty()) {
            add(new Paragraph(getTranslation("overview.people.noPartners")));
        } else {
            UnorderedList partners = new UnorderedList();
            partners.setId("overview-partners");
            for (PartnerOrganisations.Partner partner : overview.partners()) {
                partners.add(new ListItem(partner.role() == null
                        ? getTranslation("overview.partner.invited", partner.name(), Texts.date(this, partner.invitedAt()))
                        : getTranslation("overview.partner.accepted", partner.name(),
                        Texts.word(this, "partnerRole.", partner.role()))));
            }
            add(partners);
        }
        long coDesigners = overview.people().stream().filter(p -> p.role() == MemberRole.CODESIGNER).count();
        if (coDesigners > 0) {
            add(new Paragraph(getTranslation("overview.people.coDesigners", coDesigners)));
        }
    }

    private UnorderedList people(List<Participant> people, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        people.forEach(p -> list.add(new ListItem(getTranslation("overview.person", p.name(),
                getTranslation("memberRole." + p.role().name())))));
        return list;
    }
}
