package org.powerpartnership.identity;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.powerpartnership.shared.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Compares a signed-in session with its account at every request and ends or refreshes it (see
 * {@link AccountSessions}). Not a bean, so Spring Boot does not also register it for every request outside the
 * security chains; each chain that keeps sessions adds its own.
 */
class FollowAccountFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(FollowAccountFilter.class);

    private final AccountSessions sessions;

    FollowAccountFilter(AccountSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            follow(user, request, session);
        }
        chain.doFilter(request, response);
    }

    private void follow(SignedInUser user, HttpServletRequest request, HttpSession session) {
        Optional<AccountSessions.AccountNow> account = sessions.now(user.userId());
        String reason = account.isEmpty() ? "the account is gone"
                : account.get().locked() ? "the account is locked"
                : !Objects.equals(account.get().stamp(), user.sessionStamp()) ? "the password has changed"
                : null;
        if (reason != null) {
            LOG.info("Ending a session of {}: {}", user.userId(), reason);
            SecurityContextHolder.clearContext();
            session.invalidate();
        } else if (!account.get().roles().equals(user.roles())) {
            LOG.info("A session of {} takes the roles {} (was {})", user.userId(), account.get().roles(),
                    user.roles());
            AccountSessions.replacePrincipal(user.withRoles(account.get().roles()), Optional.of(request));
        }
    }
}
