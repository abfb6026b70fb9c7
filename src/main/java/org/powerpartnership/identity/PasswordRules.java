package org.powerpartnership.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.powerpartnership.shared.FieldProblem;

/**
 * What makes a password acceptable, in one place: registration, password changes and Camunda Admin
 * (through {@link CamundaPasswordPolicy}) all apply these rules. Length beats composition rules (NIST SP 800-63B);
 * the upper bound keeps within bcrypt's 72 bytes.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    /** Fragments of the passwords most often tried against accounts; a password containing one is refused. */
    private static final List<String> COMMON_FRAGMENTS = List.of(
            "password", "passw0rd", "qwerty", "123456", "abcdef", "letmein", "welcome", "iloveyou", "admin",
            "monkey", "dragon", "football", "baseball", "sunshine", "princess", "trustno1", "changeme");

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
        } else if (COMMON_FRAGMENTS.stream().anyMatch(lower::contains)) {
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
}
