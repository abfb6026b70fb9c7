package org.powerpartnership.support;

import java.nio.file.Path;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Flow-node coverage of the integration test run (camunda-process-test-coverage, Spring test module for Camunda 7),
 * part of {@link IntegrationTest} so the one shared Spring context carries it.
 * <p>
 * How the library works: {@link ProcessEngineCoverageConfiguration} adds a parse listener to the engine that puts an
 * execution listener on every flow node and sequence flow; the library's {@code TestExecutionListener} (registered
 * for every Spring test through its {@code META-INF/spring.factories}) points that listener at a fresh collector per
 * test class and a run per test method, and after each class writes {@code report.html} and {@code report.json} to
 * {@code <report directory>/<test class>/}. Processes must be started inside test methods or {@code @BeforeEach}
 * (not {@code @BeforeAll}): the collector only accepts events while a test method's run is active.
 * <p>
 * Reports land in {@code target/process-test-coverage/h2/} or {@code .../postgres/}, one folder per database run.
 * The per-class reports are summed up across the run, checked against the threshold and written as one report by
 * {@code org.powerpartnership.workflow.ProcessCoverageIT}, which runs after every other integration test.
 * <p>
 * Deliberately not a {@code @Configuration}/{@code @TestConfiguration}: component scanning in the applications that
 * PostgresProfileIT starts itself would pick it up and instrument their engines too.
 */
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    /** Where this JVM's run writes its coverage reports. */
    public static Path reportDirectory() {
        return Path.of("target", "process-test-coverage", PostgresRun.isPostgresRun() ? "postgres" : "h2");
    }

    /** Replaces the library's defaults ({@code @Primary}: its own bean is conditional on ours, in no fixed order). */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .reportDirectory(reportDirectory().toString())
                // The threshold is checked once over the whole run (ProcessCoverageIT), not per class or method.
                .handleTestMethodCoverage(false)
                .build();
    }
}
