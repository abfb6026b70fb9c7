package org.powerpartnership.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;

/** A page someone may not open, or one that does not exist, is a titled page inside the shell, not a bare one. */
class ErrorPagesIT extends KaribuTest {

    @Test
    void a_signed_in_resident_opening_an_officers_page_is_told_it_is_not_for_their_role_inside_the_shell() {
        signInAs(Roles.RESIDENT);
        navigate("launch");

        NotAllowedView page = _get(NotAllowedView.class);
        assertThat(page.getElement().getTag()).isEqualTo("main");
        assertThat(_get(H1.class).getText()).isEqualTo("You cannot open this page");
        assertThat(page.getElement().getTextRecursively()).contains("not for your role");
        assertThat(_get(Anchor.class, spec -> spec.withId("not-allowed-home")).getHref()).isEmpty();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Not allowed");
        assertThat(_find(MainLayout.class)).as("the header, menu and language stay").hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("not-allowed-sign-in"))).isEmpty();
    }

    @Test
    void an_address_that_leads_nowhere_shows_not_found_inside_the_shell_in_the_chosen_language() {
        openTyped("no-such-page-here");

        NotFoundView page = _get(NotFoundView.class);
        assertThat(page.getElement().getTag()).isEqualTo("main");
        assertThat(_get(H1.class).getText()).isEqualTo("We cannot find that page");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found");
        assertThat(_find(MainLayout.class)).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("not-found-home"))).hasSize(1);

        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("");
        _get(MainLayout.class).language.setValue(ScreenLanguage.WELSH);
        signIn(resident); // the page reloads in the chosen language
        openTyped("no-such-page-either");
        assertThat(_get(H1.class).getText()).isEqualTo("Allwn ni ddim dod o hyd i’r dudalen honno");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Heb ddod o hyd i’r dudalen");
        _get(MainLayout.class).language.setValue(ScreenLanguage.ENGLISH);
    }

    @Test
    void a_signed_in_officer_still_opens_the_page_a_resident_may_not() {
        signInAs(Roles.OFFICER);
        navigate("launch");
        assertThat(_find(NotAllowedView.class)).isEmpty();
    }

    /**
     * Opens an address as if typed into the browser. {@code UI.navigate} hands an address no server route knows to
     * the client-side router, which Karibu has not; a page load is resolved on the server, as a browser's would be.
     */
    private static void openTyped(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }
}
