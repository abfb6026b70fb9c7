package org.powerpartnership.shared;

import java.util.Locale;

/**
 * Following a consultation by email from its public page. The page asks through this interface (the notification
 * feature answers), so the consultation feature does not depend on the one that listens to its events.
 */
public interface ConsultationFollowing {

    /** The form field a refused address is reported against. */
    String EMAIL_FIELD = "email";

    /**
     * Asks to follow: a confirmation link is mailed in {@code language}, unless the address already follows or was
     * sent one moments ago. The caller learns nothing about which (so the form cannot reveal who follows what).
     *
     * @throws InvalidInputException when the address is not an email address (field {@link #EMAIL_FIELD})
     */
    void requestToFollow(long consultationId, String email, Locale language);
}
