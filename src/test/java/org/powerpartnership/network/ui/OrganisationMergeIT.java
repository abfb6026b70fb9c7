package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.identity.PersonalDataService;
import org.powerpartnership.network.DirectoryListing;
import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.OrganisationDetails;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.network.OrganisationMerger;
import org.powerpartnership.network.OrganisationStatus;
import org.powerpartnership.network.Partnership;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two entries for one organisation become one, with their invitations, members and assisted responses. */
class OrganisationMergeIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    NetworkService network;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationMerger merger;
    @Autowired
    Memberships memberships;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataService personalData;

    @Test
    void merging_a_duplicate_moves_its_invitations_members_and_assisted_responses_and_records_who_and_why() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation both = cycle.launch(cast, false);
        Cycle.Cast others = cycle.cast(3);
        Consultation onlyDuplicate = cycle.launch(others, false);
        long kept = cast.organisation().id();
        SignedInUser officer = accounts.open("Olu Officer", Roles.OFFICER);
        String duplicateName = "Test C.V.S. " + UUID.randomUUID().toString().substring(0, 8);
        long duplicate = directory.add(officer, new OrganisationDetails(duplicateName, OrganisationKind.INFRASTRUCTURE,
                null, null, null, null, List.of("Old Town"), Set.of(new GroupServed("sex", "female")), null));
        SignedInUser colleague = accounts.open(Roles.PARTNER);
        network.addMember(duplicate, colleague.userId());
        network.addMember(duplicate, cast.partner().userId());
        jdbc.sql("update organisation_member set member_role = 'admin' where organisation_id = ? and user_id = ?")
                .params(duplicate, cast.partner().userId()).update();
        // both entries were invited to one consultation, and the duplicate accepted its role there
        network.invite(both.id(), duplicate, cast.lead().userId());
        network.acceptRole(colleague, both.id(), duplicate, "promote", 80, "Women's groups in Old Town.");
        network.invite(onlyDuplicate.id(), duplicate, others.lead().userId());
        // an assisted response entered for the duplicate (the partner's screen sets this column)
        jdbc.sql("insert into response (consultation_id, assisted_by, channel, answers, submitted_at, "
                        + "assisted_organisation_id) values (?, ?, 'assisted', '{}', ?, ?)")
                .params(both.id(), colleague.userId(), Timestamp.from(Instant.now()), duplicate).update();

        signIn(officer);
        navigate("organisations/" + duplicate);
        MergeSection section = _get(MergeSection.class, spec -> spec.withId("organisation-merge"));
        _setValue(section.target, new DirectoryListing(kept, cast.organisation().name(), null, null, List.of()));
        _click(section.merge);
        assertThat(section.reason.getErrorMessage()).isEqualTo("Say why they are the same organisation");
        assertThat(directory.find(officer, duplicate).orElseThrow().status()).isEqualTo(OrganisationStatus.ACTIVE);

        _setValue(section.reason, "Same charity number; the second entry was typed at stage 2.");
        _click(section.merge);

        assertThat(currentPath()).isEqualTo("organisations/" + kept);
        assertThat(_get(H1.class, spec -> spec.withId("organisation-heading")).getText())
                .isEqualTo(cast.organisation().name());
        assertThat(text("organisation-merges")).contains("Merged into this entry: " + duplicateName + " (",
                "by Olu Officer: Same charity number; the second entry was typed at stage 2.)");

        assertThat(network.partnersOf(both.id())).extracting(p -> p.organisation().id(), Partnership::role,
                Partnership::reachEstimate).containsExactly(tuple(kept, "promote", 80));
        assertThat(network.invitedOrganisationIds(onlyDuplicate.id())).contains(kept).doesNotContain(duplicate);
        assertThat(network.membersOf(kept)).contains(cast.partner().userId(), colleague.userId());
        assertThat(network.membersOf(duplicate)).isEmpty();
        assertThat(jdbc.sql("select member_role from organisation_member where organisation_id = ? and user_id = ?")
                .params(kept, cast.partner().userId()).query(String.class).single()).isEqualTo("admin");
        assertThat(memberships.holds(onlyDuplicate.id(), cast.partner().userId(), MemberRole.PARTNER)).isTrue();
        assertThat(jdbc.sql("select count(*) from response where assisted_organisation_id = ?").param(kept)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(directory.find(officer, kept).orElseThrow().areas()).contains("Old Town");
        assertThat(directory.find(officer, kept).orElseThrow().groups()).contains(new GroupServed("sex", "female"));
        Map<String, Object> merged = jdbc.sql("select status, merged_into from organisation where id = ?")
                .param(duplicate).query().singleRow();
        assertThat(merged.get("status")).isEqualTo("merged");
        assertThat(((Number) merged.get("merged_into")).longValue()).isEqualTo(kept);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'organisation.merged' and subject = ?")
                .param("organisation:" + kept).query(Long.class).single()).isEqualTo(1);

        // a second click, from another tab, changes nothing
        assertThatThrownBy(() -> merger.merge(officer, kept, duplicate, "again"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("directory.merge.already"));
        assertThat(jdbc.sql("select count(*) from organisation_merge where merged_id = ?").param(duplicate)
                .query(Long.class).single()).isEqualTo(1);

        navigate("organisations/" + duplicate);
        assertThat(_get(Component.class, spec -> spec.withId("organisation-merged-into")).getElement()
                .getAttribute("href")).isEqualTo("organisations/" + kept);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_officer_who_merged_finds_it_in_their_data_and_after_erasure_the_merge_stays_under_no_name() {
        // "My data" is a resident's page: an officer who also lives in the area has one
        SignedInUser officer = accounts.open(new String[] {Roles.OFFICER, Roles.RESIDENT});
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long kept = directory.add(officer, OrganisationDirectoryIT.details("Kept Entry " + unique));
        long merged = directory.add(officer, OrganisationDirectoryIT.details("Merged Entry " + unique));
        merger.merge(officer, kept, merged, "The same group.");

        Map<String, Object> mine = (Map<String, Object>) personalData.export(officer).get("directoryWork");
        assertThat((List<Map<String, Object>>) mine.get("entriesYouMerged")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("merged", "Merged Entry " + unique)
                        .containsEntry("into", "Kept Entry " + unique));

        personalData.erase(officer);
        assertThat(jdbc.sql("select merged_by, reason from organisation_merge where merged_id = ?").param(merged)
                .query().singleRow()).satisfies(row -> {
                    assertThat((String) row.get("merged_by")).startsWith("erased-");
                    assertThat(row.get("reason")).isEqualTo("The same group.");
                });
    }

    @Test
    void an_entry_cannot_be_merged_into_itself_and_only_officers_and_administrators_merge() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        long id = directory.add(officer, OrganisationDirectoryIT.details("Lone Entry " + UUID.randomUUID()));
        assertThatThrownBy(() -> merger.merge(officer, id, id, "same"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.messageKey()).containsExactly("directory.merge.itself"));
        assertThatThrownBy(() -> merger.merge(accounts.open(Roles.PARTNER), 1L, id, "mine"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
