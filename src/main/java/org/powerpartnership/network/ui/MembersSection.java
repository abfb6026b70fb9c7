package org.powerpartnership.network.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.network.OrganisationMembers;
import org.powerpartnership.shared.FieldProblem;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.FieldProblems;

/**
 * The organisation's people. An administrator links a partner's account to it here: the partner then takes part in
 * every consultation the organisation is invited to. Officers see who is in it.
 */
class MembersSection extends DirectorySection {

    final ComboBox<OrganisationMembers.Member> partner = new ComboBox<>();
    final Button link = new Button();
    final Paragraph status = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    private final transient OrganisationMembers members;
    private final SignedInUser user;
    private final long organisationId;
    private final String organisationName;

    MembersSection(long organisationId, String organisationName, OrganisationMembers members, SignedInUser user) {
        super("organisation-members", "directory.members.heading");
        this.members = members;
        this.user = user;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        list.setId("organisation-member-list");
        add(list);
        showMembers();
        if (user.hasRole(Roles.ADMIN)) {
            partner.setLabel(getTranslation("organisations.partner"));
            partner.setId("organisation-partner");
            partner.setItems(members.partners());
            partner.setItemLabelGenerator(OrganisationMembers.Member::name);
            link.setText(getTranslation("organisations.link"));
            link.setId("organisation-link-button");
            link.setDisableOnClick(true);
            link.addClickListener(click -> link());
            status.setId("organisation-link-status");
            status.getElement().setAttribute("role", "status");
            Div form = new Div(new Paragraph(getTranslation("organisations.intro")), partner, link, status);
            form.addClassName("pp-form");
            add(form);
        }
    }

    private void showMembers() {
        list.removeAll();
        List<OrganisationMembers.Member> people = members.of(organisationId);
        if (people.isEmpty()) {
            list.add(new ListItem(getTranslation("organisations.nobody")));
        }
        people.forEach(person -> list.add(new ListItem(person.name())));
    }

    void link() {
        try {
            OrganisationMembers.Member chosen = partner.getValue();
            members.add(user, organisationId, chosen == null ? null : chosen.userId());
            FieldProblems.show(this, List.of(), Map.of("partner", partner));
            status.setText(getTranslation("organisations.linked", chosen.name(), organisationName));
            partner.clear();
            showMembers();
        } catch (InvalidInputException invalid) {
            List<FieldProblem> unplaced = FieldProblems.show(this, invalid.problems(), Map.of("partner", partner));
            status.setText(String.join(" ", unplaced.stream().map(p -> FieldProblems.message(this, p)).toList()));
        } finally {
            link.setEnabled(true);
        }
    }
}
