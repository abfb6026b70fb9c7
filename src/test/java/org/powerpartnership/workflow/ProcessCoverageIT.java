package org.powerpartnership.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.engine.ExcludeFromProcessCoverage;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ProcessCoverage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The integration tests together walk at least 90% of the flow nodes of every process deployed from bpmn/. Runs after
 * every other integration test of the run and sums up the per-class reports they left (see {@link ProcessCoverage}):
 * a flow node counts as covered when any test class passed through it. Prints the figures per process, writes them
 * to {@code flow-node-coverage.txt} and one HTML/JSON report for the whole run to {@code all-integration-tests/}.
 * <p>
 * Measured over the whole run: running a few integration tests alone (-Dit.test=...) leaves out the tests that drive
 * the other processes, so this check then fails for those; include them, or leave this class out.
 */
@IntegrationTest
@ExcludeFromProcessCoverage
@Order(Integer.MAX_VALUE - 1) // last but one: PostgresProfileIT (MAX_VALUE) starts applications of its own
class ProcessCoverageIT {

    static final double THRESHOLD = 0.90;

    /**
     * Processes from bpmn/ not held to the threshold, with the reason. Empty: the seed process organisation-onboarding
     * is fully walked by SeedProcessIT, so it is checked like every other process.
     */
    static final Map<String, String> NOT_CHECKED = Map.of();

    static final String RUN_REPORT = "all-integration-tests";

    @Autowired
    RepositoryService repository;

    @Test
    void every_process_from_the_bpmn_folder_has_at_least_90_percent_of_its_flow_nodes_walked_by_the_integration_tests()
            throws IOException {
        List<String> processKeys = executableProcessesInBpmnFolder();
        assertThat(processKeys).as("executable processes in bpmn/").isNotEmpty();
        CoverageStateResult run = reportsOfThisRun();
        writeRunReport(run);

        List<Figures> figures = processKeys.stream().map(key -> figures(key, run)).toList();
        String table = table(figures);
        System.out.println(table);
        Files.createDirectories(ProcessCoverage.reportDirectory());
        Files.writeString(ProcessCoverage.reportDirectory().resolve("flow-node-coverage.txt"), table);

        List<String> problems = figures.stream().filter(f -> !NOT_CHECKED.containsKey(f.key()))
                .map(Figures::problem).filter(problem -> problem != null).toList();
        if (!problems.isEmpty()) {
            fail("Flow-node coverage below " + percent(THRESHOLD) + " across the integration tests:\n"
                    + String.join("\n", problems) + "\n\n" + table
                    + "\nReports: " + ProcessCoverage.reportDirectory().toAbsolutePath() + "/" + RUN_REPORT
                    + "/report.html (coverage counts the whole run of integration tests)");
        }
    }

    /** Coverage figures of one process over the whole run; {@code deployed} false when the engine lacks it. */
    record Figures(String key, boolean deployed, Set<String> flowNodes, Set<String> coveredNodes,
            int sequenceFlows, int coveredFlows) {

        double ratio() {
            return flowNodes.isEmpty() ? 1.0 : (double) coveredNodes.size() / flowNodes.size();
        }

        Set<String> missedNodes() {
            Set<String> missed = new TreeSet<>(flowNodes);
            missed.removeAll(coveredNodes);
            return missed;
        }

        String problem() {
            if (!deployed) {
                return "- " + key + ": not deployed, although it is in bpmn/";
            }
            if (coveredNodes.isEmpty()) {
                return "- " + key + ": 0% - no integration test started it (0 of " + flowNodes.size()
                        + " flow nodes walked)";
            }
            if (ratio() < THRESHOLD) {
                return "- " + key + ": " + percent(ratio()) + " (" + coveredNodes.size() + " of " + flowNodes.size()
                        + " flow nodes); never walked: " + String.join(", ", missedNodes());
            }
            return null;
        }
    }

    private List<String> executableProcessesInBpmnFolder() {
        List<String> keys = new ArrayList<>();
        for (Path file : BpmnFiles.all()) {
            BpmnFiles.read(file).getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable).map(Process::getId).forEach(keys::add);
        }
        return keys;
    }

    /** Every per-class report.json written by this JVM (older files are from an earlier run), merged. */
    private CoverageStateResult reportsOfThisRun() throws IOException {
        long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime() - 2_000;
        List<Suite> suites = new ArrayList<>();
        Map<String, Model> models = new LinkedHashMap<>();
        Path directory = ProcessCoverage.reportDirectory();
        if (Files.isDirectory(directory)) {
            List<Path> reports;
            try (Stream<Path> files = Files.walk(directory, 2)) {
                reports = files.filter(file -> file.getFileName().toString().equals("report.json"))
                        .filter(file -> !file.getParent().getFileName().toString().equals(RUN_REPORT))
                        .filter(file -> file.toFile().lastModified() >= startedAt)
                        .sorted().toList();
            }
            for (Path report : reports) {
                CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(Files.readString(report));
                suites.addAll(result.getSuites());
                result.getModels().forEach(model -> models.putIfAbsent(model.getKey(), model));
            }
        }
        return new CoverageStateResult(suites, models.values());
    }

    /** One report for the whole run, beside the per-class ones, in the library's own HTML viewer. */
    private void writeRunReport(CoverageStateResult run) {
        String json = CoverageStateJsonExporter.createCoverageStateResult(run.getSuites(), run.getModels());
        var directory = ProcessCoverage.reportDirectory().resolve(RUN_REPORT).toFile();
        CoverageReportUtil.writeReport(json, true, directory, "report.html", CoverageReportUtil::generateHtml);
        CoverageReportUtil.writeReport(json, false, directory, "report.json", result -> result);
    }

    private Figures figures(String key, CoverageStateResult run) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            return new Figures(key, false, Set.of(), Set.of(), 0, 0);
        }
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        // Counted as the library counts them: the flow nodes inside this process (sub-processes included) and the
        // sequence flows leaving them.
        Set<String> flowNodes = ids(model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> key.equals(processOf(node))).toList());
        Set<String> sequenceFlows = ids(model.getModelElementsByType(SequenceFlow.class).stream()
                .filter(flow -> flowNodes.contains(flow.getSource().getId())).toList());
        Collection<Event> events = run.getEvents(key);
        Set<String> coveredNodes = covered(events, EventSource.FLOW_NODE, flowNodes);
        Set<String> coveredFlows = covered(events, EventSource.SEQUENCE_FLOW, sequenceFlows);
        return new Figures(key, true, flowNodes, coveredNodes, sequenceFlows.size(), coveredFlows.size());
    }

    private static Set<String> covered(Collection<Event> events, EventSource source, Set<String> elements) {
        return events.stream().filter(event -> event.getSource() == source).map(Event::getDefinitionKey)
                .filter(elements::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> ids(List<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> elements) {
        return elements.stream().map(element -> element.getId()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String processOf(ModelElementInstance element) {
        for (ModelElementInstance parent = element; parent != null; parent = parent.getParentElement()) {
            if (parent instanceof Process process) {
                return process.getId();
            }
        }
        return null;
    }

    private static String table(List<Figures> figures) {
        StringBuilder table = new StringBuilder(String.format("%-32s %22s %22s  %s%n", "process (from bpmn/)",
                "flow nodes", "sequence flows", "threshold " + percent(THRESHOLD)));
        for (Figures f : figures) {
            String verdict = NOT_CHECKED.containsKey(f.key()) ? "not checked: " + NOT_CHECKED.get(f.key())
                    : f.problem() == null ? "ok" : "BELOW";
            table.append(String.format("%-32s %22s %22s  %s%n", f.key(),
                    f.coveredNodes().size() + "/" + f.flowNodes().size() + " (" + percent(f.ratio()) + ")",
                    f.coveredFlows() + "/" + f.sequenceFlows(), f.deployed() ? verdict : "NOT DEPLOYED"));
        }
        return table.toString();
    }

    private static String percent(double ratio) {
        return (int) Math.floor(ratio * 100 + 1e-9) + "%"; // rounded down: 89.9% is not 90%
    }
}
