package org.powerpartnership.notification.web;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one-click unsubscribe address is open to anyone and takes no CSRF token: the mail program that posts to it has
 * neither a session nor a page, and the signed token in the path is what authorises the request. This chain covers
 * that path only, before the screens' chain; it keeps no session.
 */
@Configuration(proxyBeanMethods = false)
class OneClickUnsubscribeSecurity {

    @Bean
    @Order(5)
    SecurityFilterChain oneClickUnsubscribeChain(HttpSecurity http) throws Exception {
        http.securityMatcher(withDefaults().matcher(OneClickUnsubscribeController.PATH + "*"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
