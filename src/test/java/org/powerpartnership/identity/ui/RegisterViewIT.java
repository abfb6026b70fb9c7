package org.powerpartnership.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class RegisterViewIT extends KaribuTest {

    @Autowired
    AccountService accountService;

    @Test
    void a_resident_registers_and_is_sent_to_sign_in_with_an_account_that_holds_the_resident_role() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        navigate("register");
        fill(email, "Sam Resident", "a long walk by the river", "a long walk by the river");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(currentPath()).isEqualTo("login");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getAttribute(
                com.vaadin.flow.server.auth.NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE))
                .as("signing in then opens their profile").isEqualTo("/profile");
        String userId = accountService.userIdForSignIn(email).orElseThrow();
        assertThat(accountService.rolesOf(userId)).containsExactly(Roles.RESIDENT);
        assertThat(accountService.passwordMatches(userId, "a long walk by the river")).isTrue();
    }

    @Test
    void a_duplicate_email_is_refused_beside_the_field_and_everything_typed_stays() {
        var existing = accounts.open(Roles.RESIDENT);
        navigate("register");
        fill(existing.email().toUpperCase(), "Someone Else", "another long sentence here", "another long sentence here");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("register-email"));
        assertThat(currentPath()).isEqualTo("register");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("already an account");
        assertThat(email.getValue()).isEqualTo(existing.email().toUpperCase());
        assertThat(_get(TextField.class, spec -> spec.withId("register-name")).getValue()).isEqualTo("Someone Else");
        assertThat(_get(PasswordField.class, spec -> spec.withId("register-password")).getValue())
                .isEqualTo("another long sentence here");
    }

    @Test
    void a_weak_password_and_a_mismatch_are_explained_and_nothing_is_saved() {
        String email = "weak-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        navigate("register");
        fill(email, "Weak Password", "password12345", "password12345");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("register-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("too easy to guess");

        fill(email, "Weak Password", "short", "short");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(password.getErrorMessage()).contains("at least 12 characters");

        fill(email, "Weak Password", "a long and fine sentence", "a different sentence");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        PasswordField confirm = _get(PasswordField.class, spec -> spec.withId("register-confirm"));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).contains("not the same");

        assertThat(accountService.userIdForSignIn(email)).isEmpty();
    }

    private static void fill(String email, String name, String password, String confirm) {
        _setValue(_get(EmailField.class, spec -> spec.withId("register-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("register-name")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withId("register-confirm")), confirm);
    }
}
