package org.powerpartnership.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What we publish about an organisation reads back as the same organisation, and says the same thing each time. */
class OpenReferralMappingTest {

    private final OpenReferralSchema schema = new OpenReferralSchema();

    @Test
    void an_organisation_published_and_read_back_is_the_same_organisation() {
        OpenReferralEntry entry = new OpenReferralEntry(UUID.randomUUID(), "Mill Lane Community Hub",
                OrganisationKind.TENANTS_RESIDENTS, "Runs the hub.\n\nOpen weekdays.", "https://hub.example.org",
                "hello@hub.example.org", "01632 960123", "Riverside", List.of("Northfield", "Riverside"),
                List.of(new GroupServed("ageBand", "65-74"),
                        new GroupServed("disability", "yes")));

        var published = OpenReferralMapping.toOruk(entry);
        OpenReferralMapping.Reading read = OpenReferralMapping.fromOruk(published);

        assertThat(schema.problems(published)).isEmpty();
        assertThat(read.problems()).isEmpty();
        assertThat(read.kindDefaulted()).isFalse();
        assertThat(read.entry()).isEqualTo(entry);
        assertThat(OpenReferralMapping.toOruk(entry)).isEqualTo(published);
    }

    @Test
    void an_organisation_with_nothing_but_a_name_is_still_a_valid_record() {
        OpenReferralEntry bare = new OpenReferralEntry(UUID.randomUUID(), "Parkside Allotments", OrganisationKind.COMMUNITY_GROUP,
                null, "www.parkside.example.org", null, null, null, List.of(), List.of());

        var published = OpenReferralMapping.toOruk(bare);

        assertThat(schema.problems(published)).isEmpty();
        assertThat(published.path("description").asText()).isEmpty();
        assertThat(published.path("website").asText()).isEqualTo("https://www.parkside.example.org");
        assertThat(published.at("/services/0/contacts").isEmpty()).isTrue();
        assertThat(published.at("/services/0/service_at_locations").isEmpty()).isTrue();
    }
}
