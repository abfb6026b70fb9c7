package org.powerpartnership.identity;

import java.util.Set;

/**
 * What it takes to open an account.
 *
 * @param email       the address people sign in with
 * @param displayName the name other people see
 * @param password    the chosen password, checked against {@link PasswordRules}
 * @param roles       the roles the account starts with (self-registration always gives {@code resident})
 */
public record NewAccount(String email, String displayName, String password, Set<String> roles) {

    @Override
    public String toString() {
        return "NewAccount[" + email + ", " + displayName + ", " + roles + "]"; // never the password
    }
}
