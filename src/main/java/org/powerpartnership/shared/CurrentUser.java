package org.powerpartnership.shared;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking, for services that check roles and record who did what. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SignedInUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** The signed-in user, refused unless they hold one of the roles. */
    public SignedInUser requireAnyRole(String... roles) {
        SignedInUser user = require();
        for (String role : roles) {
            if (user.hasRole(role)) {
                return user;
            }
        }
        throw new AccessDeniedException(user.userId() + " holds none of " + String.join(", ", roles));
    }
}
