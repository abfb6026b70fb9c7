package org.powerpartnership.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;

import org.junit.jupiter.api.Test;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.SignInThrottleProperties;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;

/** The account page's password change: its check of the current password is throttled like sign-in. */
class AccountViewIT extends KaribuTest {

    private static final String NEW_PASSWORD = "a quieter walk by the canal";

    @Autowired
    AccountService accountService;
    @Autowired
    SignInThrottleProperties settings;

    @Test
    void after_the_free_wrong_current_passwords_the_page_says_how_long_to_wait_even_for_the_right_one() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("account");
        for (int guess = 0; guess < settings.freeAttempts(); guess++) {
            changePassword("guess number " + guess);
            assertThat(currentPasswordField().getErrorMessage()).contains("not your current password");
        }

        changePassword(TestAccounts.PASSWORD);

        assertThat(currentPasswordField().isInvalid()).isTrue();
        assertThat(currentPasswordField().getErrorMessage()).contains("Please wait 1 minute");
        assertThat(accountService.passwordMatches(resident.userId(), TestAccounts.PASSWORD))
                .as("nothing changed").isTrue();
    }

    @Test
    void the_right_current_password_changes_it_and_the_page_goes_on_in_this_session() {
        SignedInUser resident = signInAs(Roles.RESIDENT);
        navigate("account");
        changePassword(TestAccounts.PASSWORD);

        assertThat(currentPasswordField().isInvalid()).isFalse();
        assertThat(accountService.passwordMatches(resident.userId(), NEW_PASSWORD)).isTrue();
        assertThat(currentPath()).isEqualTo("account");
    }

    private void changePassword(String current) {
        _setValue(currentPasswordField(), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-new-password")), NEW_PASSWORD);
        _click(_get(Button.class, spec -> spec.withId("account-change-password")));
    }

    private static PasswordField currentPasswordField() {
        return _get(PasswordField.class, spec -> spec.withId("account-current-password"));
    }
}
