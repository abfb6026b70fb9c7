package org.powerpartnership.network.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

import org.powerpartnership.identity.AccountService;
import org.powerpartnership.shared.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A session keeps the roles read at sign-in. Someone who has just joined an organisation (approved while they were
 * away, or by accepting an invitation) holds the partner role in the account store but not yet in their session:
 * this reads their roles again and puts them into the session, so the partner pages open without signing in again.
 */
final class SessionRoles {

    private SessionRoles() {
    }

    /** Brings the session's roles up to date; true when they changed (the shell's places then need a reload). */
    static boolean refresh(AccountService accounts, SignedInUser user) {
        SignedInUser now = accounts.signedInUser(user.userId());
        if (now.roles().equals(user.roles())) {
            return false;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
        SecurityContextHolder.setContext(context);
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            new HttpSessionSecurityContextRepository().saveContext(context, request.getHttpServletRequest(),
                    response.getHttpServletResponse());
        }
        return true;
    }
}
