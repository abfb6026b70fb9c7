package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.Organisation;
import org.powerpartnership.network.OrganisationMembers;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * An administrator links a partner's account to their organisation, on the organisation's page in the directory;
 * nobody else can.
 */
class OrganisationsViewIT extends KaribuTest {

    @Autowired
    NetworkService network;
    @Autowired
    OrganisationMembers members;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_links_a_partner_to_their_organisation_and_is_told_what_is_missing_first() {
        SignedInUser partner = accounts.open(Roles.PARTNER);
        Organisation organisation = network.findOrCreate("Riverside Tenants " + partner.userId(), "community_group", "Riverside");
        signInAs(Roles.ADMIN);
        navigate("organisations/" + organisation.id());

        _click(_get(Button.class, spec -> spec.withId("organisation-link-button")));
        ComboBox<OrganisationMembers.Member> partners = _get(ComboBox.class, spec -> spec.withId("organisation-partner"));
        assertThat(partners.getErrorMessage()).isEqualTo("Choose the partner");

        _setValue(partners, new OrganisationMembers.Member(partner.userId(), partner.displayName()));
        _click(_get(Button.class, spec -> spec.withId("organisation-link-button")));

        assertThat(partners.isInvalid()).isFalse();
        assertThat(_get(Paragraph.class, spec -> spec.withId("organisation-link-status")).getText())
                .isEqualTo(partner.displayName() + " is now linked to " + organisation.name() + ".");
        assertThat(_get(Component.class, spec -> spec.withId("organisation-member-list"))
                .getElement().getTextRecursively()).contains(partner.displayName());
        assertThat(network.organisationsOf(partner.userId())).containsExactly(organisation);
    }

    @Test
    void only_administrators_link_people_and_only_partners_can_be_linked() {
        SignedInUser partner = accounts.open(Roles.PARTNER);
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        SignedInUser officer = accounts.open(Roles.OFFICER);
        SignedInUser admin = accounts.open(Roles.ADMIN);
        Organisation organisation = network.findOrCreate("Riverside Allotments " + partner.userId(), "community_group", null);

        assertThatThrownBy(() -> members.add(officer, organisation.id(), partner.userId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.add(admin, organisation.id(), resident.userId()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("organisations.notPartner"));
        assertThat(network.membersOf(organisation.id())).isEmpty();

        // an officer sees who is in it, without the administrator's link
        signIn(officer);
        navigate("organisations/" + organisation.id());
        assertThat(_get(Component.class, spec -> spec.withId("organisation-member-list")).getElement()
                .getTextRecursively()).contains("No partner is linked yet.");
        assertThat(_find(Button.class, spec -> spec.withId("organisation-link-button"))).isEmpty();

        signIn(partner);
        navigate("organisations");
        assertThat(_find(H1.class, spec -> spec.withId("organisations-heading"))).isEmpty();
    }
}
