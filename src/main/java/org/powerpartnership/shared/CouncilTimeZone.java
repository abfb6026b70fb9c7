package org.powerpartnership.shared;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the council's time zone the application's before anything else starts: the formatter's zone and the JVM's
 * default zone, which Camunda uses for timer dates, due dates and its clock. Registered in META-INF/spring.factories
 * so the application and every Spring test take the same path (see docs/decisions.md, "One council clock").
 */
public class CouncilTimeZone implements EnvironmentPostProcessor {

    public static final String SETTING = "powerpartnership.council.time-zone";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        ZoneId zone = ZoneId.of(environment.getProperty(SETTING, CouncilTime.DEFAULT_ZONE.getId()));
        CouncilTime.use(zone);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
    }
}
