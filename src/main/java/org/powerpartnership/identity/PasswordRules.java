package org.powerpartnership.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.powerpartnership.shared.FieldProblem;

/**
 * What makes a password acceptable, in one place: registration, password changes and Camunda Admin
 * (through {@link CamundaPasswordPolicy}) all apply these rules. Length beats composition rules (NIST SP 800-63B);
 * the upper bound keeps within bcrypt's 72 bytes. Common and leaked passwords, and the patterns people build them
 * from, are refused by their guessability as zxcvbn estimates it.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    /**
     * zxcvbn's score (0 to 4) below which a password is refused: 3 means about 10^8 guesses or more, out of reach
     * of an online attack and slow offline against bcrypt. zxcvbn knows the passwords most often leaked, common
     * words and names, keyboard walks, dates, repeats and l33t spellings of all of them.
     */
    static final int MIN_SCORE = 3;
    /** Words of this site that a password should not lean on, as it should not lean on the person's address. */
    private static final List<String> SITE_WORDS = List.of("power", "partnership", "council", "consultation");
    private static final Zxcvbn GUESSABILITY = new Zxcvbn();

    private PasswordRules() {
    }

    /** The problems with a password for the given email (which may be null when unknown), none when it is fine. */
    public static List<FieldProblem> check(String field, String password, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, "password.required"));
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add(FieldProblem.of(field, "password.tooShort", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(FieldProblem.of(field, "password.tooLong", MAX_LENGTH));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.chars().distinct().count() < 4) {
            problems.add(FieldProblem.of(field, "password.tooSimple"));
        } else if (password.length() <= MAX_LENGTH && isGuessable(password, email)) {
            problems.add(FieldProblem.of(field, "password.common"));
        }
        if (email != null && !email.isBlank()) {
            String localPart = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
            if (localPart.length() >= 4 && lower.contains(localPart)) {
                problems.add(FieldProblem.of(field, "password.containsEmail"));
            }
        }
        return problems;
    }

    private static boolean isGuessable(String password, String email) {
        List<String> personal = new ArrayList<>(SITE_WORDS);
        if (email != null && !email.isBlank()) {
            personal.addAll(List.of(email.toLowerCase(Locale.ROOT).split("[@.+_-]")));
        }
        return GUESSABILITY.measure(password, personal).getScore() < MIN_SCORE;
    }
}
