package org.powerpartnership.identity;

import java.util.Optional;

import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One sign-in for the Vaadin screens, the Camunda webapps and HTTP Basic on the engine's REST API and management
 * endpoints (the only {@link AuthenticationProvider} bean, so Spring Boot's one authentication manager uses it for
 * every chain): Spring Security asks Camunda's identity service, and the resulting principal's name is the Camunda
 * user id (which the webapps read from the request). The sign-in name is the email only.
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
        // Counted before the check, so concurrent guesses cannot all be checked (throws while locked).
        SignInThrottle.Attempt attempt = throttle.admit(typed, clientAddress(authentication));
        Optional<String> userId = accounts.userIdForSignIn(typed);
        boolean matches;
        if (userId.isPresent()) {
            matches = accounts.passwordMatches(userId.get(), password);
        } else {
            decoy.matches(password, DECOY_HASH);
            matches = false;
        }
        if (!matches) {
            throw new BadCredentialsException("Wrong email or password");
        }
        throttle.succeeded(attempt);
        accounts.checkAddressConfirmed(userId.get());
        SignedInUser user = accounts.signedInUser(userId.get());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /**
     * The form login and HTTP Basic both attach the request's remote address; it is the real client once the
     * proxy's forwarded headers are honoured.
     */
    private static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
