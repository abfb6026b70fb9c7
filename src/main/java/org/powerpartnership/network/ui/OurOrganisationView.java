package org.powerpartnership.network.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.OrganisationAdministration;
import org.powerpartnership.network.OrganisationApplications;
import org.powerpartnership.network.OrganisationInvitation;
import org.powerpartnership.network.OrganisationMember;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.CouncilDates;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * An organisation admin's page: its members with their role (make one an admin, remove one, never the last admin),
 * inviting a colleague by email, the invitations still open (cancel one), and requests to join. Someone who
 * administers several organisations chooses which one first.
 */
@Route("our-organisation")
@Menu(title = "nav.ourOrganisation", order = 16)
@RolesAllowed(Roles.PARTNER)
class OurOrganisationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Organisation> chooser = new ComboBox<>();
    final EmailField inviteEmail = new EmailField();
    final Button invite = new Button();
    final Paragraph status = new Paragraph();
    final Paragraph memberProblem = new Paragraph();

    private final transient OrganisationAdministration administration;
    private final transient OrganisationApplications applications;
    private final transient AccountService accounts;
    private final transient CurrentUser currentUser;
    private final transient Clock clock;
    private final Div body = new Div();
    private Organisation organisation;

    OurOrganisationView(OrganisationAdministration administration, OrganisationApplications applications,
                        AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.administration = administration;
        this.applications = applications;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("pp-our-organisation");
        status.setId("our-organisation-status");
        status.getElement().setAttribute("role", "status");
        memberProblem.setId("our-organisation-member-problem");
        memberProblem.addClassName("pp-problem");
        memberProblem.getElement().setAttribute("role", "alert");
        chooser.setLabel(getTranslation("joining.our.choose"));
        chooser.setId("our-organisation-chooser");
        chooser.setItemLabelGenerator(Organisation::name);
        chooser.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                organisation = change.getValue();
                status.setText("");
                show();
            }
        });
        inviteEmail.setLabel(getTranslation("joining.our.invite.email"));
        inviteEmail.setId("our-organisation-invite-email");
        invite.setText(getTranslation("joining.our.invite.send"));
        invite.setId("our-organisation-invite-send");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> invite());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        H1 heading = new H1(getTranslation("joining.our.heading"));
        heading.setId("our-organisation-heading");
        add(heading, status);
        List<Organisation> ours = administration.administeredBy(currentUser.require().userId());
        if (ours.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("joining.our.none"));
            none.setId("our-organisation-none");
            add(none, new Paragraph(new Anchor("my-organisations", getTranslation("joining.our.mine"))));
            return;
        }
        Optional<Long> asked = event.getLocation().getQueryParameters().getSingleParameter("organisation")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
        organisation = ours.stream().filter(o -> asked.isPresent() && o.id() == asked.get()).findFirst()
                .orElse(ours.get(0));
        if (ours.size() > 1) {
            chooser.setItems(ours);
            chooser.setValue(organisation);
            add(chooser);
        }
        add(body);
        show();
    }

    private void show() {
        SignedInUser admin = currentUser.require();
        body.removeAll();
        H2 name = new H2(organisation.name());
        name.setId("our-organisation-name");
        memberProblem.setVisible(false);
        body.add(name, members(admin), inviting(admin),
                new JoinRequestsSection(applications, accounts, admin, organisation.id(), this::changed));
    }

    private Section members(SignedInUser admin) {
        Section section = new Section(new H2(getTranslation("joining.our.members")));
        section.setId("our-organisation-members");
        UnorderedList list = new UnorderedList();
        for (OrganisationMember member : administration.members(admin, organisation.id())) {
            ListItem item = new ListItem(new Paragraph(getTranslation("joining.our.member." + member.role(),
                    member.name(), member.email() == null ? "" : member.email())));
            item.setId("member-" + member.userId());
            if (!member.isAdmin()) {
                Button makeAdmin = new Button(getTranslation("joining.our.makeAdmin", member.name()),
                        click -> act(() -> administration.makeAdmin(admin, organisation.id(), member.userId()),
                                getTranslation("joining.our.madeAdmin", member.name())));
                makeAdmin.setId("member-make-admin-" + member.userId());
                item.add(makeAdmin);
            }
            Button remove = new Button(getTranslation("joining.our.remove", member.name()),
                    click -> act(() -> administration.removeMember(admin, organisation.id(), member.userId()),
                            getTranslation("joining.our.removed", member.name())));
            remove.setId("member-remove-" + member.userId());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            item.add(remove);
            list.add(item);
        }
        section.add(memberProblem, list);
        return section;
    }

    private Section inviting(SignedInUser admin) {
        Section section = new Section(new H2(getTranslation("joining.our.invite.heading")));
        section.setId("our-organisation-invitations");
        section.add(new Paragraph(getTranslation("joining.our.invite.intro",
                OrganisationAdministration.INVITATION_LIFETIME.toDays())), inviteEmail, invite);
        List<OrganisationInvitation> open = administration.openInvitations(admin, organisation.id());
        if (!open.isEmpty()) {
            UnorderedList list = new UnorderedList();
            Instant now = clock.instant();
            for (OrganisationInvitation invitation : open) {
                String until = CouncilDates.date(this, invitation.expiresAt(), clock.getZone());
                ListItem item = new ListItem(new Paragraph(invitation.expiresAt().isAfter(now)
                        ? getTranslation("joining.our.invitation.open", invitation.email(), until)
                        : getTranslation("joining.our.invitation.expired", invitation.email(), until)));
                item.setId("invitation-" + invitation.id());
                Button cancel = new Button(getTranslation("joining.our.invitation.cancel", invitation.email()),
                        click -> act(() -> administration.cancelInvitation(admin, invitation.id()),
                                getTranslation("joining.our.invitation.cancelled", invitation.email())));
                cancel.setId("invitation-cancel-" + invitation.id());
                item.add(cancel);
                list.add(item);
            }
            section.add(list);
        }
        return section;
    }

    void invite() {
        String address = inviteEmail.getValue();
        try {
            administration.invite(currentUser.require(), organisation.id(), address);
            FieldProblems.show(this, List.of(), Map.of("email", inviteEmail));
            inviteEmail.clear();
            changed(getTranslation("joining.our.invite.sent", address.strip()));
        } catch (InvalidInputException invalid) {
            FieldProblems.show(this, invalid.problems(), Map.of("email", inviteEmail));
        }
    }

    /** Runs an admin's action on a member or an invitation; a refusal is shown above the members. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            if (administration.administeredBy(currentUser.require().userId()).stream()
                    .noneMatch(o -> o.id() == organisation.id())) {
                getUI().ifPresent(ui -> ui.navigate("my-organisations"));
                return;
            }
            changed(done);
        } catch (InvalidInputException refused) {
            memberProblem.setText(refused.problems().stream().map(p -> FieldProblems.message(this, p))
                    .reduce((a, b) -> a + " " + b).orElse(""));
            memberProblem.setVisible(true);
        }
    }

    private void changed(String done) {
        show();
        status.setText(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("joining.our.title");
    }
}
