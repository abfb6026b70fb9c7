package org.powerpartnership.shared.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;

import jakarta.servlet.http.Cookie;

/**
 * A message for the page someone lands on after they are signed out: signing out ends the session that could have
 * carried it, so it travels in a short-lived cookie holding only which notice to show (never anything personal),
 * and is shown once.
 */
public final class SignedOutNotice {

    /** The notices there are; the cookie names one of these, and anything else in it is ignored. */
    public enum Kind { DATA_ERASED }

    private static final String COOKIE = "pp-signed-out-notice";
    private static final int SECONDS_TO_ARRIVE = 120;

    private SignedOutNotice() {
    }

    /** Leaves the notice for the next page this browser opens. */
    public static void leave(Kind kind) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie(kind.name(), SECONDS_TO_ARRIVE));
        }
    }

    /** The notice left for this browser, if any, and forgets it so it is shown once. */
    public static Optional<Kind> take() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        Optional<Kind> kind = Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue).flatMap(value -> Arrays.stream(Kind.values())
                        .filter(known -> known.name().equals(value)))
                .findFirst();
        if (kind.isPresent() && VaadinResponse.getCurrent() != null) {
            VaadinResponse.getCurrent().addCookie(cookie("", 0));
        }
        return kind;
    }

    private static Cookie cookie(String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        return cookie;
    }
}
