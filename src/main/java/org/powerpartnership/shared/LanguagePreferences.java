package org.powerpartnership.shared;

import java.util.Optional;

/**
 * The language a signed-in person chose for the screens ({@code en} or {@code cy}), kept with their profile so it
 * follows them to any device. The shell asks through this interface, so it needs no feature of its own.
 */
public interface LanguagePreferences {

    Optional<String> chosenLanguage(String userId);

    void choose(String userId, String language);
}
