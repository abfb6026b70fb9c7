package org.powerpartnership.network.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.network.Application;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.OrganisationAdministration;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * Anyone signed in: the organisations they belong to (and as what), their applications with where each stands
 * (waiting for review, approved, declined with the reviewer's notes), registering an organisation and asking to join
 * one. Someone approved while away gets their new partner role here without signing in again.
 */
@Route("my-organisations")
@Menu(title = "nav.myOrganisations", order = 89)
@PermitAll
class MyOrganisationsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Organisation> joinOrganisation = new ComboBox<>();
    final TextArea joinMessage = new TextArea();
    final Button askToJoin = new Button();
    final Paragraph status = new Paragraph();

    private final transient OrganisationApplications applications;
    private final transient OrganisationAdministration administration;
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;

    MyOrganisationsView(OrganisationApplications applications, OrganisationAdministration administration,
                        AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.administration = administration;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("pp-my-organisations");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean newRoles = SessionRoles.refresh(accounts, currentUser.require());
        show(currentUser.require());
        if (newRoles) {
            // the shell still lists the places of the roles read at sign-in: a full page load shows the new ones
            Anchor partner = new Anchor("partner", getTranslation("joining.mine.newRole.link"));
            partner.setId("my-organisations-new-role");
            partner.getElement().setAttribute("router-ignore", true);
            Paragraph notice = new Paragraph(getTranslation("joining.mine.newRole") + " ");
            notice.add(partner);
            addComponentAtIndex(1, notice);
        }
    }

    private void show(SignedInUser user) {
        removeAll();
        H1 heading = new H1(getTranslation("joining.mine.heading"));
        heading.setId("my-organisations-heading");
        status.setId("my-organisations-status");
        status.getElement().setAttribute("role", "status");
        add(heading, status, memberships(user), applicationsOf(user), register(), join(user));
    }

    private Section memberships(SignedInUser user) {
        Section section = new Section(new H2(getTranslation("joining.mine.memberships")));
        section.setId("my-organisations-memberships");
        List<OrganisationAdministration.Membership> memberships = administration.membershipsOf(user.userId());
        if (memberships.isEmpty()) {
            section.add(new Paragraph(getTranslation("joining.mine.memberships.none")));
        }
        for (OrganisationAdministration.Membership membership : memberships) {
            Paragraph line = new Paragraph(getTranslation("joining.mine.membership." + membership.role(),
                    membership.organisation().name()));
            line.setId("my-organisation-" + membership.organisation().id());
            section.add(line);
        }
        if (memberships.stream().anyMatch(OrganisationAdministration.Membership::isAdmin)) {
            Anchor manage = new Anchor("our-organisation", getTranslation("joining.mine.manage"));
            manage.setId("my-organisations-manage");
            section.add(new Paragraph(manage));
        }
        if (!memberships.isEmpty()) {
            section.add(new Paragraph(new Anchor("partner", getTranslation("joining.mine.partnerWork"))));
        }
        return section;
    }

    private Section applicationsOf(SignedInUser user) {
        Section section = new Section(new H2(getTranslation("joining.mine.applications")));
        section.setId("my-organisations-applications");
        List<Application> mine = applications.applicationsOf(user.userId());
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("joining.mine.applications.none")));
        }
        for (Application application : mine) {
            Article card = new Article(new H2(getTranslation("joining.mine.application." + application.kind(),
                    application.organisationName())));
            card.addClassName("pp-card");
            card.setId("my-application-" + application.id());
            Paragraph state = new Paragraph(application.isPending()
                    ? getTranslation("joining.mine.state.pending", date(application.submittedAt()))
                    : getTranslation("joining.mine.state." + application.status(), date(application.decidedAt())));
            state.setId("my-application-state-" + application.id());
            card.add(state);
            if (application.notes() != null) {
                Paragraph notes = new Paragraph(getTranslation("joining.mine.notes", application.notes()));
                notes.setId("my-application-notes-" + application.id());
                card.add(notes);
            }
            section.add(card);
        }
        return section;
    }

    private Section register() {
        Section section = new Section(new H2(getTranslation("joining.mine.register.heading")));
        Anchor register = new Anchor("organisations/register", getTranslation("joining.mine.register.link"));
        register.setId("my-organisations-register");
        section.add(new Paragraph(getTranslation("joining.mine.register.intro")), new Paragraph(register));
        return section;
    }

    private Section join(SignedInUser user) {
        Section section = new Section(new H2(getTranslation("joining.mine.join.heading")));
        section.setId("my-organisations-join");
        joinOrganisation.setLabel(getTranslation("joining.mine.join.organisation"));
        joinOrganisation.setId("my-organisations-join-organisation");
        joinOrganisation.setItems(applications.joinable(user.userId()));
        joinOrganisation.setItemLabelGenerator(Organisation::name);
        joinMessage.setLabel(getTranslation("joining.mine.join.message"));
        joinMessage.setId("my-organisations-join-message");
        joinMessage.setMaxLength(2000);
        askToJoin.setText(getTranslation("joining.mine.join.send"));
        askToJoin.setId("my-organisations-join-send");
        askToJoin.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        askToJoin.setDisableOnClick(true);
        askToJoin.addClickListener(click -> askToJoin());
        section.add(new Paragraph(getTranslation("joining.mine.join.intro")), joinOrganisation, joinMessage,
                askToJoin);
        return section;
    }

    void askToJoin() {
        try {
            Organisation chosen = joinOrganisation.getValue();
            applications.askToJoin(currentUser.require(), chosen == null ? null : chosen.id(), joinMessage.getValue());
            show(currentUser.require());
            status.setText(getTranslation("joining.mine.join.sent", chosen.name()));
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(),
                    Map.of("organisation", joinOrganisation, "message", joinMessage));
            askToJoin.setEnabled(true);
        }
    }

    private String date(java.time.Instant instant) {
        return instant == null ? "" : CouncilDates.date(this, instant, clock.getZone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.mine.title");
    }
}
