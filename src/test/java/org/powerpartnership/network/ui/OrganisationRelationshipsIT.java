package org.powerpartnership.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.Component;

import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.PublicConsultations;
import org.powerpartnership.network.GroupServed;
import org.powerpartnership.network.NetworkService;
import org.powerpartnership.network.OrganisationDetails;
import org.powerpartnership.network.OrganisationDirectory;
import org.powerpartnership.network.OrganisationKind;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation's relationship over time and the "usual suspects" figure; what a consultation's invited
 * organisations reach; the public page names confirmed organisations only.
 */
class OrganisationRelationshipsIT extends KaribuTest {

    @Autowired
    Cycle cycle;
    @Autowired
    NetworkService network;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    PublicConsultations publicConsultations;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void an_organisation_page_shows_its_invitations_roles_outreach_and_how_often_it_is_asked_against_the_median() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Cycle.Cast cast = cycle.cast(3);
        Consultation recent = cycle.launch(cast, false);
        Consultation older = cycle.launch(cast, false);
        SignedInUser officer = accounts.open(Roles.OFFICER);
        long asked = directory.add(officer, details("Riverdale Carers Hub " + unique, "Riverdale " + unique,
                new GroupServed("caring", "yes")));
        long rarely = directory.add(officer, details("Riverdale Young Carers " + unique, "Elsewhere " + unique,
                new GroupServed("caring", "yes")));
        network.invite(recent.id(), asked, cast.lead().userId());
        network.invite(older.id(), asked, cast.lead().userId());
        jdbc.sql("update consultation_partner set invited_at = ? where consultation_id = ? and organisation_id = ?")
                .params(Timestamp.from(ZonedDateTime.now(clock).minusYears(4).toInstant()), older.id(), asked).update();
        SignedInUser partner = accounts.open(Roles.PARTNER);
        network.addMember(asked, partner.userId());
        network.acceptRole(partner, recent.id(), asked, "co_host", 120, "Carers at the Tuesday drop-in.");
        // outreach reported for the organisation (the partner's outreach task writes this row)
        jdbc.sql("insert into partner_outreach (consultation_id, organisation_id, reported_by, reported_at, "
                        + "groups_reached, people_reached) values (?, ?, ?, ?, ?, ?)")
                .params(recent.id(), asked, partner.userId(), Timestamp.from(Instant.now()), "Older carers", 35)
                .update();

        signIn(officer);
        navigate("organisations/" + asked);

        String median = NumberFormat.getNumberInstance(Locale.UK).format(expectedMedian());
        assertThat(text("organisation-frequency")).isEqualTo(
                "Invited to one consultation in 3 years; the median active organisation: " + median + ".");
        assertThat(text("organisation-rarely-asked")).contains("Riverdale Young Carers " + unique,
                "(invited never in 3 years)");
        assertThat(text("organisation-invitation-" + recent.id())).contains(recent.title() + ": invited on ",
                "Agreed to co-host. About 120 people. Who: Carers at the Tuesday drop-in.");
        assertThat(text("organisation-invitation-" + older.id())).contains("No role agreed.");
        assertThat(text("organisation-outreach")).contains(recent.title() + ": reported on ", "About 35 people.",
                "Who: Older carers");
        assertThat(rarely).isNotEqualTo(asked);
    }

    @Test
    void a_consultation_overview_shows_which_groups_its_invited_organisations_reach_and_which_nobody_does() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        long carers = directory.add(cast.lead(), details("Southside Carers " + unique, "Southside",
                new GroupServed("caring", "yes")));
        long proposed = directory.add(cast.lead(), details("Southside Maybe Group " + unique, "Southside",
                new GroupServed("ethnicity", "black")));
        network.invite(consultation.id(), carers, cast.lead().userId());
        network.invite(consultation.id(), proposed, cast.lead().userId());
        // an entry that waits for confirmation again (invitations go to active entries only) stays off public pages
        jdbc.sql("update organisation set status = 'proposed' where id = ?").param(proposed).update();

        signIn(cast.lead());
        navigate("consultation/" + consultation.id());
        assertThat(text("overview-reach-groups")).contains("Carers: Yes: Southside Carers " + unique);
        assertThat(text("overview-reach-gaps")).startsWith("No invited organisation works with: Age: Under 18")
                .doesNotContain("Carers: Yes");

        // the public page names the confirmed organisations only
        assertThat(publicConsultations.page(consultation.ref()).orElseThrow().partnerNames())
                .contains("Southside Carers " + unique, cast.organisation().name())
                .doesNotContain("Southside Maybe Group " + unique);
    }

    /** Every active organisation's invitations in the last 3 years, none counting as zero, and their median. */
    private double expectedMedian() {
        List<Integer> counts = new ArrayList<>(jdbc.sql("select (select count(*) from consultation_partner p "
                        + "where p.organisation_id = o.id and p.invited_at >= ?) from organisation o where o.status = 'active'")
                .param(Timestamp.from(ZonedDateTime.now(clock).minusYears(3).toInstant())).query(Integer.class).list());
        counts.sort(Integer::compareTo);
        int middle = counts.size() / 2;
        return counts.size() % 2 == 1 ? counts.get(middle) : (counts.get(middle - 1) + counts.get(middle)) / 2.0;
    }

    private static OrganisationDetails details(String name, String area, GroupServed group) {
        return new OrganisationDetails(name, OrganisationKind.COMMUNITY_GROUP, null, null, null, null, List.of(area),
                Set.of(group), null);
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
