package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.powerpartnership.shared.FieldProblem;

class PasswordRulesTest {

    @ParameterizedTest(name = "\"{0}\" is refused as too easy to guess")
    @ValueSource(strings = {"password123", "Passw0rd!", "Password1234", "qwertyuiop12", "letmein12345",
            "iloveyou2026!", "december2026", "P@ssw0rd2026!"})
    void common_and_leaked_pattern_passwords_are_refused_as_too_easy_to_guess(String password) {
        assertThat(PasswordRules.check("password", password, "someone@example.org"))
                .extracting(FieldProblem::messageKey).contains("password.common");
    }

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {DemoAccounts.PASSWORD, "correct-horse-battery-2026", "tea and toast at nine",
            "bread and jam at ten", "a long walk by the river"})
    void the_demo_password_and_sentences_people_remember_are_accepted(String password) {
        assertThat(PasswordRules.check("password", password, "resident@example.org")).isEmpty();
    }

    @ParameterizedTest(name = "a password built on the address {0} is refused")
    @ValueSource(strings = {"gwenllian.morgan@example.org"})
    void a_password_built_on_the_persons_own_address_is_refused(String email) {
        assertThat(PasswordRules.check("password", "gwenllian.morgan.2026", email))
                .extracting(FieldProblem::messageKey).containsAnyOf("password.containsEmail", "password.common");
    }
}
