package org.powerpartnership.network.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.OrganisationMembers;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * For administrators: the organisations in the directory with the partners linked to each, and linking a partner's
 * account to their organisation (they then join the consultations it is invited to). Without this a partner who
 * registers sees only "ask the council team to add you".
 */
@Route("organisations")
@Menu(title = "nav.organisations", order = 95)
@RolesAllowed(Roles.ADMIN)
class OrganisationsView extends Main implements HasDynamicTitle {

    final ComboBox<Organisation> organisation = new ComboBox<>();
    final ComboBox<OrganisationMembers.Member> partner = new ComboBox<>();
    final Button link = new Button();
    final Paragraph status = new Paragraph();

    private final transient NetworkService network;
    private final transient OrganisationMembers members;
    private final SignedInUser admin;
    private final Div list = new Div();

    OrganisationsView(NetworkService network, OrganisationMembers members, CurrentUser currentUser) {
        this.network = network;
        this.members = members;
        this.admin = currentUser.require();
        addClassName("pp-admin");
        H1 heading = new H1(getTranslation("organisations.heading"));
        heading.setId("organisations-heading");
        add(heading, new Paragraph(getTranslation("organisations.intro")), form(), list);
        showOrganisations();
    }

    private Section form() {
        Section form = new Section(new H2(getTranslation("organisations.link.heading")));
        form.setId("organisations-link");
        organisation.setLabel(getTranslation("organisations.organisation"));
        organisation.setId("organisations-organisation");
        organisation.setItems(network.directory());
        organisation.setItemLabelGenerator(Organisation::name);
        partner.setLabel(getTranslation("organisations.partner"));
        partner.setId("organisations-partner");
        partner.setItems(members.partners());
        partner.setItemLabelGenerator(OrganisationMembers.Member::name);
        link.setText(getTranslation("organisations.link"));
        link.setId("organisations-link-button");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.addClickListener(click -> link());
        status.setId("organisations-status");
        status.getElement().setAttribute("role", "status");
        form.add(organisation, partner, link, status);
        return form;
    }

    void link() {
        try {
            members.add(admin, organisation.getValue() == null ? null : organisation.getValue().id(),
                    partner.getValue() == null ? null : partner.getValue().userId());
            FieldProblems.show(this, List.of(), Map.of("organisation", organisation, "partner", partner));
            status.setText(getTranslation("organisations.linked", partner.getValue().name(),
                    organisation.getValue().name()));
            partner.clear();
            showOrganisations();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(),
                    Map.of("organisation", organisation, "partner", partner));
            unplaced.forEach(problem -> status.setText(FieldProblems.message(this, problem)));
        }
    }

    private void showOrganisations() {
        list.removeAll();
        for (Organisation each : network.directory()) {
            Article card = new Article(new H2(each.name()));
            card.addClassName("pp-card");
            card.setId("organisation-" + each.id());
            List<OrganisationMembers.Member> people = members.of(each.id());
            if (people.isEmpty()) {
                card.add(new Paragraph(getTranslation("organisations.nobody")));
            } else {
                UnorderedList names = new UnorderedList();
                people.forEach(person -> names.add(new ListItem(person.name())));
                card.add(names);
            }
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisations.heading");
    }
}
