package org.powerpartnership.operations;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the Spring Security sign-in to Camunda: its webapps and REST API read the signed-in user from the request
 * (container-based authentication), so an admin signs in once and the engine records who did what.
 * These filters run after Spring Security's and before Camunda's own.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSignInBridge {

    private static final String PROVIDER = "authentication-provider";

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappsSignIn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("camunda-webapps-sign-in");
        registration.addUrlPatterns("/camunda/*");
        registration.setInitParameters(Map.of(PROVIDER, ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestSignIn() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-sign-in");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setInitParameters(Map.of(PROVIDER, ContainerBasedAuthenticationProvider.class.getName()));
        registration.setOrder(0);
        return registration;
    }
}
