package org.powerpartnership.identity;

import java.util.Optional;

import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One sign-in for the Vaadin screens and the Camunda webapps: Spring Security asks Camunda's identity service,
 * and the resulting principal's name is the Camunda user id (which the webapps read from the request).
 */
@Component
class SignInAuthenticationProvider implements AuthenticationProvider {

    /** Compared against when the email is unknown, so a wrong email costs as long as a wrong password. */
    private static final String DECOY_HASH = new BCryptPasswordEncoder(12).encode("decoy-password-for-timing");

    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final BCryptPasswordEncoder decoy = new BCryptPasswordEncoder(12);

    SignInAuthenticationProvider(AccountService accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = AccountService.normalise(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        throttle.remainingLock(typed).ifPresent(wait -> {
            throw new SignInLockedException(wait);
        });
        Optional<String> userId = accounts.userIdForSignIn(typed);
        boolean matches;
        if (userId.isPresent()) {
            matches = accounts.passwordMatches(userId.get(), password);
        } else {
            decoy.matches(password, DECOY_HASH);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(typed);
            throw new BadCredentialsException("Wrong email or password");
        }
        throttle.recordSuccess(typed);
        accounts.checkAddressConfirmed(userId.get());
        SignedInUser user = accounts.signedInUser(userId.get());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
