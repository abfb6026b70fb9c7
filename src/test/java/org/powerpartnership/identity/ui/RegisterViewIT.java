package org.powerpartnership.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.EmailNotVerifiedException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

class RegisterViewIT extends KaribuTest {

    @Autowired
    AccountService accountService;
    @Value("${powerpartnership.base-url}")
    String baseUrl;

    @Test
    void a_resident_registers_and_is_told_to_confirm_the_address_by_the_link_mailed_to_it() {
        String email = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        navigate("register");
        fill(email, "Sam Resident", "a long walk by the river", "a long walk by the river");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(currentPath()).isEqualTo("login");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText())
                .contains("Check your email to finish registering");
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getSession().getAttribute(
                com.vaadin.flow.server.auth.NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE))
                .as("signing in then opens their profile").isEqualTo("/profile");
        String userId = accountService.userIdForSignIn(email).orElseThrow();
        assertThat(accountService.rolesOf(userId)).containsExactly(Roles.RESIDENT);
        assertThat(accountService.passwordMatches(userId, "a long walk by the river")).isTrue();
        assertThatThrownBy(() -> accountService.checkAddressConfirmed(userId))
                .as("it cannot sign in before the link is opened").isInstanceOf(EmailNotVerifiedException.class);

        MimeMessage mail = TestMailServer.awaitTo(email, 1).get(0);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Confirm your email address for Power Partnership");
        assertThat(TestMailServer.body(mail)).contains("Dear Sam Resident", baseUrl + "/verify-email/", "24 hours");
    }

    @Test
    void an_address_that_has_an_account_gets_the_same_answer_on_screen_and_only_its_owner_hears_of_it() {
        SignedInUser existing = accounts.open(Roles.RESIDENT);
        navigate("register");
        fill(" " + existing.email().toUpperCase() + " ", "Someone Else", "another long sentence here",
                "another long sentence here");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        assertThat(currentPath()).isEqualTo("login");
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-notice")).getText())
                .contains("Check your email to finish registering");

        List<MimeMessage> mails = TestMailServer.awaitTo(existing.email(), 1);
        assertThat(mails).hasSize(1);
        assertThat(TestMailServer.subject(mails.get(0))).isEqualTo("Someone tried to register with your email address");
        assertThat(TestMailServer.body(mails.get(0)))
                .contains("You already have an account, so nothing has changed", baseUrl + "/login",
                        "forgotten your password")
                .doesNotContain("verify-email");
        assertThat(accountService.userIdForSignIn(existing.email())).contains(existing.userId());
        assertThat(accountService.passwordMatches(existing.userId(), TestAccounts.PASSWORD)).isTrue();
        assertThat(accountService.passwordMatches(existing.userId(), "another long sentence here")).isFalse();
        assertThat(accountService.signedInUser(existing.userId()).displayName()).isEqualTo(existing.displayName());
        accountService.checkAddressConfirmed(existing.userId());
    }

    @Test
    void an_address_mixing_look_alike_alphabets_is_refused_beside_the_field_and_nothing_is_saved() {
        // a Cyrillic "а" (U+0430) in place of the Latin "a" of "paypal"
        String lookAlike = "p\u0430ypal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        navigate("register");
        fill(lookAlike, "Pat Lookalike", "a long walk by the river", "a long walk by the river");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));

        EmailField email = _get(EmailField.class, spec -> spec.withId("register-email"));
        assertThat(currentPath()).isEqualTo("register");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("different alphabets that look alike");
        assertThat(accountService.userIdForSignIn(lookAlike)).isEmpty();
        assertThat(TestMailServer.to(lookAlike)).isEmpty();
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

        fill(email, "Weak Password", "P@ssw0rd2026!", "P@ssw0rd2026!");
        _click(_get(Button.class, spec -> spec.withId("register-submit")));
        assertThat(password.getErrorMessage()).as("a leaked password in l33t spelling").contains("too easy to guess");

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
