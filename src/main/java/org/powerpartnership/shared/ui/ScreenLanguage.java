package org.powerpartnership.shared.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import jakarta.servlet.http.Cookie;

import org.powerpartnership.shared.LanguagePreferences;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The language of the screens, English or Cymraeg. Every new page (UI) takes it from the signed-in person's
 * profile, else from a cookie that anyone gets when they choose, else from the browser when it asks for Welsh,
 * else English. Texts missing in Welsh fall back to English (the bundles' root).
 */
@Component
public class ScreenLanguage implements VaadinServiceInitListener {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale WELSH = Locale.forLanguageTag("cy");
    public static final List<Locale> OFFERED = List.of(ENGLISH, WELSH);
    static final String COOKIE = "pp-language";
    private static final int COOKIE_SECONDS = 365 * 24 * 60 * 60;

    private final LanguagePreferences preferences;

    ScreenLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale locale = resolve(VaadinRequest.getCurrent());
            init.getUI().setLocale(locale);
        });
    }

    /** The language a new page should speak, for this request. */
    Locale resolve(VaadinRequest request) {
        Optional<Locale> chosen = signedIn().flatMap(user -> preferences.chosenLanguage(user.userId()))
                .map(ScreenLanguage::locale);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (request != null && request.getCookies() != null) {
            Optional<Locale> fromCookie = Arrays.stream(request.getCookies())
                    .filter(cookie -> COOKIE.equals(cookie.getName())).map(Cookie::getValue)
                    .filter(value -> value.equals("en") || value.equals("cy")).map(ScreenLanguage::locale)
                    .findFirst();
            if (fromCookie.isPresent()) {
                return fromCookie.get();
            }
        }
        if (request != null && request.getLocale() != null
                && WELSH.getLanguage().equals(request.getLocale().getLanguage())) {
            return WELSH;
        }
        return ENGLISH;
    }

    /** Switches this page, remembers the choice in a cookie and, for a signed-in person, in their profile. */
    public void choose(UI ui, Locale locale) {
        String tag = locale.getLanguage();
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, tag);
            cookie.setPath(request == null || request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(COOKIE_SECONDS);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        signedIn().ifPresent(user -> preferences.choose(user.userId(), tag));
        ui.setLocale(locale);
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
    }

    static Locale locale(String tag) {
        return "cy".equals(tag) ? WELSH : ENGLISH;
    }

    private static Optional<SignedInUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
