package org.powerpartnership.network.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.network.Partnership;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;

/**
 * A partner's place: the consultations their organisation was invited to, what it agreed to do and the reach it
 * stated, the work waiting for their organisations and for them (a role per organisation, outreach, their own
 * co-design contribution; each opens in the generic work screen, with its Camunda Form), outreach
 * reported, and a way to enter a response for a resident who is offline while a consultation is open.
 */
@Route("partner")
@Menu(title = "nav.partner", order = 15)
@RolesAllowed(Roles.PARTNER)
class PartnerWorkspaceView extends Main implements HasDynamicTitle {

    private final ZoneId zone;

    PartnerWorkspaceView(PartnerWorkspace workspace, NetworkService network, CurrentUser currentUser, Clock clock) {
        this.zone = clock.getZone();
        addClassName("pp-partner");
        SignedInUser partner = currentUser.require();
        H1 heading = new H1(getTranslation("partner.heading"));
        heading.setId("partner-heading");
        add(heading, new Paragraph(getTranslation("partner.intro")));
        List<Organisation> organisations = network.organisationsOf(partner.userId());
        Paragraph ours = new Paragraph(organisations.isEmpty() ? getTranslation("partner.noOrganisation")
                : getTranslation("partner.organisations",
                String.join(", ", organisations.stream().map(Organisation::name).toList())));
        ours.setId("partner-organisations");
        Anchor join = new Anchor("my-organisations", getTranslation("joining.partner.link"));
        join.setId("partner-join-organisation");
        add(ours, new Paragraph(join));
        List<PartnerWorkspace.PartnerConsultation> consultations = workspace.consultationsFor(partner);
        if (consultations.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("partner.none"));
            none.setId("partner-none");
            none.addClassName("pp-empty");
            add(none);
        }
        consultations.forEach(consultation -> add(card(consultation)));
    }

    private Article card(PartnerWorkspace.PartnerConsultation consultation) {
        Article card = new Article(new H2(consultation.title()), new Paragraph(consultation.summary()));
        card.addClassName("pp-card");
        card.setId("partner-consultation-" + consultation.ref());
        Paragraph status = new Paragraph(consultation.completed() ? getTranslation("partner.status.completed")
                : consultation.windowOpen() ? getTranslation("partner.status.open", date(consultation))
                : getTranslation("partner.status.planning"));
        status.setId("partner-status-" + consultation.ref());
        Anchor publicPage = new Anchor("have-your-say/" + consultation.ref(),
                getTranslation("partner.publicPage", consultation.title()));
        card.add(status, new Paragraph(publicPage));

        Div agreed = new Div(new H3(getTranslation("partner.agreed.heading")));
        agreed.setId("partner-agreed-" + consultation.ref());
        if (consultation.ourPartnerships().isEmpty()) {
            agreed.add(new Paragraph(getTranslation("partner.agreed.none")));
        }
        UnorderedList roles = new UnorderedList();
        for (Partnership partnership : consultation.ourPartnerships()) {
            ListItem item = new ListItem();
            if (partnership.isAccepted()) {
                item.add(new Paragraph(getTranslation("partner.agreed.role", partnership.organisation().name(),
                        getTranslation("partner.role." + partnership.role()),
                        partnership.reachEstimate() == null ? 0 : partnership.reachEstimate())));
                if (partnership.reachDescription() != null && !partnership.reachDescription().isBlank()) {
                    item.add(new Paragraph(getTranslation("partner.agreed.who", partnership.reachDescription())));
                }
            } else {
                item.add(new Paragraph(getTranslation("partner.agreed.waiting", partnership.organisation().name())));
            }
            roles.add(item);
        }
        if (!consultation.ourPartnerships().isEmpty()) {
            agreed.add(roles);
        }
        card.add(agreed);

        Div work = new Div(new H3(getTranslation("partner.work.heading")));
        work.setId("partner-work-" + consultation.ref());
        if (consultation.openTasks().isEmpty()) {
            work.add(new Paragraph(getTranslation("partner.work.none")));
        } else {
            UnorderedList tasks = new UnorderedList();
            for (PartnerWorkspace.PartnerTask task : consultation.openTasks()) {
                String label = task.organisationName() == null ? task.name()
                        : getTranslation("partner.work.role", task.organisationName());
                Anchor link = new Anchor("work/" + task.taskId(), label);
                link.setId("partner-task-" + task.taskId());
                tasks.add(new ListItem(link));
            }
            work.add(tasks);
        }
        card.add(work);

        if (!consultation.outreach().isEmpty()) {
            Div outreach = new Div(new H3(getTranslation("partner.outreach.heading")));
            outreach.setId("partner-outreach-" + consultation.ref());
            UnorderedList reports = new UnorderedList();
            for (PartnerWorkspace.OutreachReport report : consultation.outreach()) {
                reports.add(new ListItem(getTranslation("partner.outreach.itemFor",
                        CouncilDates.date(this, report.reportedAt(), zone), report.organisationName(),
                        report.peopleReached() == null ? 0 : report.peopleReached(),
                        report.groupsReached() == null ? "" : report.groupsReached())));
            }
            outreach.add(reports);
            card.add(outreach);
        }

        Div assisted = new Div(new H3(getTranslation("partner.assisted.heading")));
        assisted.setId("partner-assisted-" + consultation.ref());
        assisted.add(new Paragraph(getTranslation("partner.assisted.count", consultation.assistedByUs())));
        if (consultation.windowOpen()) {
            Anchor enter = new Anchor("partner/assist/" + consultation.consultationId(),
                    getTranslation("partner.assisted.link", consultation.title()));
            enter.setId("partner-assist-" + consultation.ref());
            enter.addClassName("pp-action");
            assisted.add(new Paragraph(enter));
            Anchor paper = new Anchor("consultation/" + consultation.consultationId() + "/paper",
                    getTranslation("partner.paper.link", consultation.title()));
            paper.setId("partner-paper-" + consultation.ref());
            assisted.add(new Paragraph(paper));
        } else {
            assisted.add(new Paragraph(getTranslation("partner.assisted.closed")));
        }
        card.add(assisted);
        return card;
    }

    private String date(PartnerWorkspace.PartnerConsultation consultation) {
        return consultation.windowClosesAt() == null ? ""
                : CouncilDates.date(this, consultation.windowClosesAt(), zone);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partner.title");
    }
}
