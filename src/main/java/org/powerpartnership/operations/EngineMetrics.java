package org.powerpartnership.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * Engine figures for Prometheus beside the JVM's: what is running, what waits for people, what has failed.
 * Each is a count query, run when metrics are scraped.
 */
@Component
class EngineMetrics implements MeterBinder {

    private final ProcessEngine engine;

    EngineMetrics(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("powerpartnership.engine.process.instances.active",
                        () -> engine.getRuntimeService().createProcessInstanceQuery().active().count())
                .description("Process instances running now").register(registry);
        Gauge.builder("powerpartnership.engine.tasks.open",
                        () -> engine.getTaskService().createTaskQuery().count())
                .description("User tasks waiting for someone").register(registry);
        Gauge.builder("powerpartnership.engine.jobs.failed",
                        () -> engine.getManagementService().createJobQuery().noRetriesLeft().count())
                .description("Jobs that ran out of retries").register(registry);
        Gauge.builder("powerpartnership.engine.incidents.open",
                        () -> engine.getRuntimeService().createIncidentQuery().count())
                .description("Open incidents").register(registry);
        Gauge.builder("powerpartnership.engine.deployments",
                        () -> engine.getRepositoryService().createDeploymentQuery().count())
                .description("Deployments in the engine").register(registry);
    }
}
