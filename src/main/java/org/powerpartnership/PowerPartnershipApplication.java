package org.powerpartnership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Power Partnership: the community engagement cycle, run by a workflow engine, accountable stage by stage. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PowerPartnershipApplication {

    public static void main(String[] args) {
        SpringApplication.run(PowerPartnershipApplication.class, args);
    }
}
