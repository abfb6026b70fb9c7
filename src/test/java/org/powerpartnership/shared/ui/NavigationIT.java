package org.powerpartnership.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.KaribuTest;

class NavigationIT extends KaribuTest {

    static Stream<Arguments> placesPerRole() {
        return Stream.of(
                Arguments.of(Roles.RESIDENT, List.of("Home", "Have your say", "Accountability record", "My tasks",
                        "Ask for support", "My profile", "My data", "My organisations", "My account")),
                Arguments.of(Roles.OFFICER, List.of("Home", "Have your say", "Accountability record", "My work", "Consultations",
                        "Launch a consultation", "Commitments", "Organisations", "My organisations", "My account")),
                Arguments.of(Roles.PARTNER, List.of("Home", "Have your say", "Accountability record", "Partner work",
                        "Our organisation", "My organisations", "My account")),
                Arguments.of(Roles.PANEL, List.of("Home", "Have your say", "Accountability record", "Sign-offs", "Commitments",
                        "My organisations", "My account")),
                Arguments.of(Roles.SPONSOR, List.of("Home", "Have your say", "Accountability record", "Commitments", "Escalations",
                        "My organisations", "My account")),
                Arguments.of(Roles.ADMIN, List.of("Home", "Have your say", "Accountability record", "Consultations", "Commitments",
                        "Organisations", "My organisations", "My account", "Operations", "Failed mails")));
    }

    @ParameterizedTest(name = "a signed-in {0} sees exactly {1}")
    @MethodSource("placesPerRole")
    void each_role_sees_exactly_its_places(String role, List<String> places) {
        signInAs(role);
        navigate("");
        assertThat(navigationLabels()).containsExactlyElementsOf(places);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("signed-in-as")))
                .singleElement().extracting(span -> span.getText()).asString().startsWith("Test");
    }

    @Test
    void an_anonymous_visitor_sees_only_the_public_places_and_a_way_to_sign_in() {
        navigate("");
        assertThat(navigationLabels()).containsExactly("Home", "Have your say", "Accountability record");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("sign-in-link")))
                .hasSize(1);
    }

    @Test
    void an_anonymous_visitor_reaching_a_protected_view_is_sent_to_sign_in() {
        navigate("account");
        assertThat(currentPath()).isEqualTo("login");
        navigate("operations");
        assertThat(currentPath()).isEqualTo("login");
        navigate("profile");
        assertThat(currentPath()).isEqualTo("login");
        navigate("my-data");
        assertThat(currentPath()).isEqualTo("login");
    }

    @Test
    void a_resident_cannot_open_the_partner_workspace() {
        signInAs(Roles.RESIDENT);
        navigate("partner");
        assertThat(_find(com.vaadin.flow.component.html.H1.class, spec -> spec.withId("partner-heading"))).isEmpty();
        assertThat(navigationLabels()).doesNotContain("Partner work");
    }

    @Test
    void a_resident_cannot_open_the_administrators_operations_view() {
        signInAs(Roles.RESIDENT);
        navigate("operations");
        assertThat(_find(com.vaadin.flow.component.html.DescriptionList.class, spec -> spec.withId("engine-figures")))
                .isEmpty();
        assertThat(navigationLabels()).doesNotContain("Operations");
    }

    private static List<String> navigationLabels() {
        return _find(UI.getCurrent(), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
