package org.powerpartnership.operations;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

import org.powerpartnership.identity.AccountSessions;
import org.powerpartnership.shared.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The engine's own doors: Camunda webapps ({@code /camunda/**}), its REST API ({@code /engine-rest/**}) and the
 * management endpoints ({@code /manage/**}). Only admins get in; a management read from the machine itself (the
 * container's health check) is let through too. These chains come before the Vaadin chain, which takes the rest.
 */
@Configuration(proxyBeanMethods = false)
class EngineWebSecurity {

    private static final String ADMIN_AUTHORITY = "ROLE_" + Roles.ADMIN;

    /**
     * Webapps share the sign-in session of the Vaadin screens. A browser page asking without a session is sent to
     * sign in; anything else gets 401. Camunda's webapps keep their own CSRF protection, so Spring's is off here.
     */
    @Bean
    @Order(1)
    SecurityFilterChain camundaWebappsChain(HttpSecurity http, AccountSessions sessions) throws Exception {
        // The shared session ends, or takes its new roles, before the admin role is checked (see AccountSessions).
        http.addFilterAfter(sessions.followAccounts(), SecurityContextHolderFilter.class);
        var browserPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browserPage.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        http.securityMatcher(withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browserPage)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> true));
        return http.build();
    }

    /**
     * The REST API takes HTTP Basic only, and never the browser's session: a cookie must not be enough to call it
     * from another site.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("Power Partnership engine"))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Health and metrics: admins (session or Basic), or the machine itself. */
    @Bean
    @Order(3)
    SecurityFilterChain managementChain(HttpSecurity http, AccountSessions sessions) throws Exception {
        http.addFilterAfter(sessions.followAccounts(), SecurityContextHolderFilter.class);
        http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/manage"),
                        withDefaults().matcher("/manage/**")))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(adminOrLocalhost()))
                .httpBasic(basic -> basic.realmName("Power Partnership management"))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static AuthorizationManager<RequestAuthorizationContext> adminOrLocalhost() {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            boolean admin = authentication.get() != null && authentication.get().getAuthorities().stream()
                    .anyMatch(authority -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
            return new AuthorizationDecision(admin || isLoopback(context.getRequest().getRemoteAddr()));
        };
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
