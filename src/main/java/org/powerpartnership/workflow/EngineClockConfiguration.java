package org.powerpartnership.workflow;

import java.time.Clock;

import org.powerpartnership.shared.CouncilTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineClockConfiguration {

    /** The engine's "now" in the council's zone, so a day computed from it is the council's day, not the server's. */
    @Bean
    Clock clock() {
        return new EngineClock(CouncilTime.zone());
    }
}
