package org.powerpartnership.identity;

import org.springframework.security.authentication.DisabledException;

/**
 * Sign-in refused because the account's address has not been confirmed yet. Thrown only after the password was
 * right, so it tells nothing to someone guessing which addresses have accounts.
 */
public class EmailNotVerifiedException extends DisabledException {

    public EmailNotVerifiedException() {
        super("The account's email address is not confirmed yet");
    }
}
