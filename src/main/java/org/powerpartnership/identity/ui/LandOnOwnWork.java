package org.powerpartnership.identity.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;

import org.powerpartnership.shared.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * After signing in, a person lands on their own work rather than the public home page: the page they were sent to
 * sign in from when there was one (Vaadin's saved request), otherwise the first page of their roles below. Someone
 * with several roles lands on the work that most often waits on them; the menu reaches the rest.
 */
class LandOnOwnWork extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    /** Role to page, in the order a person holding several roles is sent. */
    static final Map<String, String> LANDING = landing();

    private static Map<String, String> landing() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(Roles.OFFICER, "my-work");
        pages.put(Roles.SPONSOR, "sponsor");
        pages.put(Roles.PANEL, "panel");
        pages.put(Roles.PARTNER, "partner");
        pages.put(Roles.ADMIN, "operations");
        pages.put(Roles.RESIDENT, "my-tasks");
        return pages;
    }

    private final String home;

    LandOnOwnWork(VaadinDefaultRequestCache requestCache, String home) {
        this.home = home;
        setRequestCache(requestCache);
        setDefaultTargetUrl(home);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        String target = super.determineTargetUrl(request, response, authentication);
        if (!home.equals(target)) {
            return target; // where the person was going before being asked to sign in
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return LANDING.entrySet().stream().filter(role -> authorities.contains("ROLE_" + role.getKey()))
                .map(role -> (home.endsWith("/") ? home : home + "/") + role.getValue()).findFirst().orElse(target);
    }
}
