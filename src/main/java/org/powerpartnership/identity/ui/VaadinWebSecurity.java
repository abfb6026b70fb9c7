package org.powerpartnership.identity.ui;

import java.io.IOException;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.powerpartnership.identity.EmailNotVerifiedException;
import org.powerpartnership.identity.AccountSessions;
import org.powerpartnership.identity.SignInLockedException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The screens' chain: every view denies by default and opens only with {@code @AnonymousAllowed},
 * {@code @PermitAll} or {@code @RolesAllowed}; sign-in is the {@link LoginView}. The engine's webapps, REST API
 * and management endpoints have their own chains, ordered before this one.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class VaadinWebSecurity {

    /**
     * What the screens' pages may load: only from here. Vaadin's client needs inline scripts and eval (its bootstrap
     * and templates) and inline styles (Lumo); images and fonts also come as data: URLs. No page may frame ours
     * (clickjacking), forms post only here, and no plugins.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    @Order(10)
    SecurityFilterChain vaadinChain(HttpSecurity http, RequestUtil vaadinRequests, AccountSessions sessions,
                                    VaadinDefaultRequestCache requestCache) throws Exception {
        // Before anything is authorised: a session whose account changed ends or takes its new roles first.
        http.addFilterAfter(sessions.followAccounts(), SecurityContextHolderFilter.class);
        // An error dispatch (a 401 or 404 sent by another chain or a servlet) shows its status, not the sign-in page.
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // The accountability log as open data (Atom, CSV, JSON) is public, like the record pages themselves.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/open-data/**"))
                .permitAll());
        http.headers(headers -> headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(options -> { })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        // HSTS is Spring Security's default, written only on a secure request (also one that a trusted proxy says
        // came over HTTPS: see server.forward-headers-strategy).
        // Vaadin's own CSRF set-up exempts the sign-in POST as well (login CSRF: another site could sign a browser
        // in as the attacker). Ours exempts only Vaadin's internal requests, which carry Vaadin's own token; the
        // sign-in form takes the page's token (Vaadin puts it in a meta tag and the LoginForm posts it).
        // Vaadin's configurer takes a success handler it finds shared: ours keeps its saved-request handling and
        // sends everyone else to their own work.
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new LandOnOwnWork(requestCache, vaadinRequests.applyUrlMapping("")));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/")
                .enableCsrfConfiguration(false));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // After the Vaadin configurer, so the form login it sets up (with our login view) is the one customised here.
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        return http.build();
    }

    /** Tells the sign-in page why it failed: a wrong password, a wait after too many, or an unconfirmed address. */
    private static final class SignInFailureHandler implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            String query = exception instanceof SignInLockedException locked
                    ? "locked=" + locked.minutesToWait()
                    : exception instanceof EmailNotVerifiedException ? "unverified" : "error";
            response.sendRedirect(request.getContextPath() + "/login?" + query);
        }
    }
}
