package org.powerpartnership.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.Cookie;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.springframework.security.core.context.SecurityContextHolder;

class ShellLanguageAndSessionIT extends KaribuTest {

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void a_resident_who_chooses_cymraeg_gets_it_again_in_a_new_session_and_can_switch_back() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(navigationLabels()).contains("Home", "My profile");

        _get(MainLayout.class).language.setValue(ScreenLanguage.WELSH);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");

        signIn(resident); // a new session, as on another day or another device
        navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("cy");
        assertThat(navigationLabels()).contains("Hafan", "Fy mhroffil", "Fy nata", "Cofnod atebolrwydd");
        assertThat(_get(MainLayout.class).language.getValue()).isEqualTo(ScreenLanguage.WELSH);
        navigate("profile");
        assertThat(_get(H1.class).getText()).isEqualTo("Fy mhroffil");
        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).getLabel()).isEqualTo("Eich enw llawn");

        _get(MainLayout.class).language.setValue(ScreenLanguage.ENGLISH);
        signIn(resident);
        navigate("");
        assertThat(navigationLabels()).contains("Home", "My profile");
    }

    @Test
    void a_visitor_gets_the_language_of_their_cookie_and_english_otherwise() {
        navigate("");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(navigationLabels()).contains("Home");
        ScreenLanguage screenLanguage = context.getBean(ScreenLanguage.class);
        jakarta.servlet.ServletRequest unwrapped = VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (unwrapped instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            unwrapped = wrapper.getRequest();
        }
        FakeRequest browser = (FakeRequest) unwrapped;
        browser.addCookie(new Cookie(ScreenLanguage.COOKIE, "cy"));
        assertThat(screenLanguage.resolve(VaadinRequest.getCurrent())).isEqualTo(ScreenLanguage.WELSH);
        browser.setCookiesInt(new Cookie[] {new Cookie(ScreenLanguage.COOKIE, "fr")});
        assertThat(screenLanguage.resolve(VaadinRequest.getCurrent())).isEqualTo(ScreenLanguage.ENGLISH);
    }

    @Test
    void the_session_warns_before_it_ends_and_staying_signed_in_keeps_what_was_typed() {
        signInAs(Roles.RESIDENT);
        navigate("profile");
        TextField name = _get(TextField.class, spec -> spec.withId("profile-name"));
        name.setValue("Typed but not saved yet");

        poll();
        assertThat(_find(SessionTimeoutWarning.class)).as("no warning while active").isEmpty();

        advance(Duration.ofMinutes(28).plusSeconds(30));
        poll();
        SessionTimeoutWarning warning = _get(SessionTimeoutWarning.class);
        assertThat(warning.isOpened()).isTrue();
        assertThat(warning.getHeaderTitle()).isEqualTo("Are you still there?");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("session-warning-text")).getText()).contains("in 2 minute(s)");

        _click(warning.stay);
        assertThat(warning.isOpened()).isFalse();
        assertThat(name.getValue()).isEqualTo("Typed but not saved yet");
        advance(Duration.ofMinutes(20));
        poll();
        assertThat(warning.isOpened()).as("the clock started again when they stayed").isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        advance(Duration.ofMinutes(11));
        poll();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).as("signed out at the end").isNull();
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private static void advance(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    private static List<String> navigationLabels() {
        return _find(UI.getCurrent(), SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
