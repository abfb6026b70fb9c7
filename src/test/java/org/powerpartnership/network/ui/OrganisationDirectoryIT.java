package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;

import org.junit.jupiter.api.Test;
import org.powerpartnership.network.DirectoryEntry;
import org.powerpartnership.network.DirectoryListing;
import org.powerpartnership.network.DirectorySearch;
import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.OrganisationContacts;
import org.powerpartnership.network.OrganisationDetails;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.OrganisationStatus;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Officers keep the directory: add, find, edit, contacts with consent, duplicates refused, proposed entries. */
class OrganisationDirectoryIT extends KaribuTest {

    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationContacts contacts;
    @Autowired
    JdbcClient jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void an_officer_adds_an_organisation_finds_it_by_words_kind_area_and_group_and_edits_it() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Hillside Carers Circle " + unique;
        SignedInUser officer = signInAs(Roles.OFFICER);
        navigate("organisations");
        assertThat(_get(H1.class, spec -> spec.withId("organisations-heading")).getText())
                .isEqualTo("Organisation directory");
        assertThat(MenuConfiguration.getMenuEntries()).as("the officer's navigation")
                .anyMatch(entry -> entry.path().endsWith("organisations"));

        _click(_get(Button.class, spec -> spec.withId("directory-start-adding")));
        _click(_get(Button.class, spec -> spec.withId("directory-add-save")));
        TextField nameField = _get(TextField.class, spec -> spec.withId("directory-add-name"));
        ComboBox<OrganisationKind> kind = _get(ComboBox.class, spec -> spec.withId("directory-add-kind"));
        assertThat(nameField.getErrorMessage()).isEqualTo("Write the organisation’s name");
        assertThat(kind.getErrorMessage()).isEqualTo("Choose the kind of organisation");

        _setValue(nameField, "  Hillside   Carers Circle " + unique + " ");
        _setValue(_get(TextArea.class, spec -> spec.withId("directory-add-description")),
                "Weekly meet-ups for unpaid carers " + unique);
        _setValue(_get(TextField.class, spec -> spec.withId("directory-add-website")), "hillside.example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("directory-add-areas")), "Hillside " + unique + ", Northgate");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("directory-add-groups-caring")),
                Set.of(new GroupServed("caring", "yes")));
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("directory-add-groups-ageBand")),
                Set.of(new GroupServed("ageBand", "65-74"), new GroupServed("ageBand", "75-plus")));
        _click(_get(Button.class, spec -> spec.withId("directory-add-save")));
        // a kind is still missing and the web address is not one: what was typed stays
        assertThat(kind.isInvalid()).isTrue();
        TextField website = _get(TextField.class, spec -> spec.withId("directory-add-website"));
        assertThat(website.getErrorMessage()).isEqualTo("Write the full web address, starting with https://");
        assertThat(nameField.getValue()).contains("Hillside");

        _setValue(kind, OrganisationKind.COMMUNITY_GROUP);
        _setValue(website, "https://hillside.example.org");
        _click(_get(Button.class, spec -> spec.withId("directory-add-save")));
        assertThat(text("directory-add-status")).isEqualTo(name + " is now in the directory.");
        assertThat(nameField.getValue()).isEmpty();

        DirectoryFilters filters = _get(DirectoryFilters.class, spec -> spec.withId("directory-filters"));
        _setValue(filters.text, "meet-ups for unpaid carers " + unique);
        Grid<DirectoryListing> grid = _get(Grid.class, spec -> spec.withId("directory-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        DirectoryListing found = GridKt._get(grid, 0);
        assertThat(found.name()).isEqualTo(name);
        assertThat(found.areas()).containsExactly("Hillside " + unique, "Northgate");
        assertThat(text("directory-count")).isEqualTo("One organisation");

        _setValue(filters.kind, OrganisationKind.FAITH_GROUP);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(text("directory-count")).isEqualTo("No organisation matches");
        _setValue(filters.kind, OrganisationKind.COMMUNITY_GROUP);
        _setValue(filters.text, unique);
        _setValue(filters.area, "hillside " + unique);
        _setValue(filters.group, new GroupServed("caring", "yes"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _setValue(filters.group, new GroupServed("ethnicity", "asian"));
        assertThat(GridKt._size(grid)).isZero();

        // paging is the database's: one at a time, in name order
        DirectorySearch all = DirectorySearch.everything();
        assertThat(directory.search(officer, all, 0, 1)).hasSize(1);
        assertThat(directory.count(officer, all)).isGreaterThanOrEqualTo(1);

        navigate("organisations/" + found.id());
        assertThat(_get(H1.class, spec -> spec.withId("organisation-heading")).getText()).isEqualTo(name);
        _setValue(_get(EmailField.class, spec -> spec.withId("organisation-edit-email")), "hello@hillside.example.org");
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-edit-phone")), "0113 496 0000");
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        assertThat(text("organisation-status")).isEqualTo("The details of " + name + " are saved.");
        DirectoryEntry saved = directory.find(officer, found.id()).orElseThrow();
        assertThat(saved.email()).isEqualTo("hello@hillside.example.org");
        assertThat(saved.groups()).containsExactlyInAnyOrder(new GroupServed("caring", "yes"),
                new GroupServed("ageBand", "65-74"), new GroupServed("ageBand", "75-plus"));
        assertThat(saved.status()).isEqualTo(OrganisationStatus.ACTIVE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_name_already_in_the_directory_is_refused_with_the_entry_to_open_or_merge_with() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        SignedInUser officer = signInAs(Roles.OFFICER);
        long existing = directory.add(officer, details("Northgate Food Bank " + unique));
        long other = directory.add(officer, details("Northgate Pantry " + unique));

        navigate("organisations");
        _click(_get(Button.class, spec -> spec.withId("directory-start-adding")));
        _setValue(_get(TextField.class, spec -> spec.withId("directory-add-name")), "northgate  FOOD bank " + unique);
        _setValue(_get(ComboBox.class, spec -> spec.withId("directory-add-kind")), OrganisationKind.COMMUNITY_GROUP);
        _click(_get(Button.class, spec -> spec.withId("directory-add-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("directory-add-name")).getErrorMessage())
                .isEqualTo("Northgate Food Bank " + unique + " is already in the directory");
        Anchor open = _get(Anchor.class, spec -> spec.withId("directory-add-duplicate-open"));
        assertThat(open.getHref()).isEqualTo("organisations/" + existing);
        assertThat(open.getText()).isEqualTo("Open Northgate Food Bank " + unique);
        assertThat(directory.count(officer, new DirectorySearch("northgate food bank " + unique, null, null, null,
                null))).isEqualTo(1);

        // renaming the other entry to the same name offers to merge it into the existing one
        navigate("organisations/" + other);
        _setValue(_get(TextField.class, spec -> spec.withId("organisation-edit-name")), "Northgate Food Bank " + unique);
        _click(_get(Button.class, spec -> spec.withId("organisation-save")));
        Button merge = _get(Button.class, spec -> spec.withId("organisation-edit-duplicate-merge"));
        assertThat(merge.getText()).isEqualTo("Merge with Northgate Food Bank " + unique);
        _click(merge);
        MergeSection section = _get(MergeSection.class, spec -> spec.withId("organisation-merge"));
        assertThat(section.target.getValue().id()).isEqualTo(existing);
        assertThat(directory.find(officer, other).orElseThrow().name()).isEqualTo("Northgate Pantry " + unique);
    }

    @Test
    void a_contact_is_kept_only_with_their_consent_in_the_words_they_saw_and_an_officer_removes_them() {
        SignedInUser officer = signInAs(Roles.OFFICER);
        long id = directory.add(officer, details("Eastfield Youth Club " + UUID.randomUUID().toString().substring(0, 8)));
        navigate("organisations/" + id);

        _setValue(_get(TextField.class, spec -> spec.withId("contact-name")), "Priya Shah");
        _setValue(_get(EmailField.class, spec -> spec.withId("contact-email")), "priya@eastfield.example.org");
        _click(_get(Button.class, spec -> spec.withId("contact-add")));
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("contact-consent"));
        assertThat(consent.getErrorMessage()).startsWith("We keep a contact only with their agreement");
        assertThat(_get(TextField.class, spec -> spec.withId("contact-name")).getValue()).isEqualTo("Priya Shah");
        assertThat(contacts.of(officer, id)).isEmpty();

        _setValue(consent, true);
        _click(_get(Button.class, spec -> spec.withId("contact-add")));
        List<OrganisationContacts.Contact> kept = contacts.of(officer, id);
        assertThat(kept).singleElement().satisfies(contact -> {
            assertThat(contact.name()).isEqualTo("Priya Shah");
            assertThat(contact.consentWording()).isEqualTo(consent.getLabel());
            assertThat(contact.consentedAt()).isNotNull();
        });
        assertThat(text("organisation-contact-list")).contains("Priya Shah · priya@eastfield.example.org",
                "“This person agreed that the council may keep their name");

        _click(_get(Button.class, spec -> spec.withId("contact-remove-" + kept.get(0).id())));
        assertThat(contacts.of(officer, id)).isEmpty();
        assertThat(text("contact-status")).isEqualTo("Priya Shah is removed.");
    }

    @Test
    void a_proposed_entry_waits_for_confirmation_and_an_officer_confirms_it() {
        SignedInUser officer = signInAs(Roles.OFFICER);
        String name = "Westbrook Mosque Committee " + UUID.randomUUID().toString().substring(0, 8);
        long id = directory.add(officer, details(name));
        jdbc.sql("update organisation set status = 'proposed', proposed_by = ? where id = ?")
                .params(officer.userId(), id).update();

        navigate("organisations");
        Button waiting = _get(Button.class, spec -> spec.withId("directory-show-waiting"));
        assertThat(waiting.getText()).startsWith("Waiting for confirmation: ");
        _click(waiting);
        assertThat(directory.search(officer, new DirectorySearch(name, null, null, null, OrganisationStatus.PROPOSED),
                0, 10)).extracting(DirectoryListing::id).containsExactly(id);

        navigate("organisations/" + id);
        assertThat(text("organisation-facts")).contains("Waiting for confirmation");
        assertThat(text("organisation-proposed-by")).startsWith("Proposed by " + officer.displayName() + " on ");
        _click(_get(Button.class, spec -> spec.withId("organisation-confirm")));
        assertThat(text("organisation-status")).isEqualTo(name + " is confirmed and active.");
        assertThat(text("organisation-facts")).contains("Active");
        assertThat(_find(Component.class, spec -> spec.withId("organisation-confirmation"))).isEmpty();
        assertThatThrownBy(() -> directory.confirm(officer, id)).hasMessageContaining("directory.notWaiting");
    }

    @Test
    void an_unknown_organisation_number_says_so_inside_the_layout() {
        signInAs(Roles.ADMIN);
        navigate("organisations/987654321");
        assertThat(_get(H1.class, spec -> spec.withId("organisation-not-found")).getText())
                .isEqualTo("No organisation with this number");
        navigate("organisations/not-a-number");
        assertThat(_find(H1.class, spec -> spec.withId("organisation-not-found"))).hasSize(1);
    }

    @Test
    void a_resident_is_refused_the_directory_on_screen_and_by_the_service() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("organisations");
        assertThat(_find(H1.class, spec -> spec.withId("organisations-heading"))).isEmpty();
        assertThatThrownBy(() -> directory.search(resident, DirectorySearch.everything(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.add(resident, details("Resident's own group")))
                .isInstanceOf(AccessDeniedException.class);
    }

    static OrganisationDetails details(String name) {
        return new OrganisationDetails(name, OrganisationKind.COMMUNITY_GROUP, null, null, null, null, List.of(),
                Set.of(), null);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
