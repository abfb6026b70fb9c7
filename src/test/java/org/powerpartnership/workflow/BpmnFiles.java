package org.powerpartnership.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The processes and forms as they are deployed: every {@code *.bpmn} in the top-level {@code bpmn/} folder and the
 * {@code forms/} folder beside it (tests run with the project folder as working directory). New files are picked up
 * without touching a test.
 */
final class BpmnFiles {

    static final Path BPMN_FOLDER = Path.of("bpmn");
    static final Path FORMS_FOLDER = Path.of("forms");

    private BpmnFiles() {
    }

    /** Every {@code bpmn/*.bpmn}, sorted by name; fails when the folder is missing (wrong working directory). */
    static List<Path> all() {
        if (!Files.isDirectory(BPMN_FOLDER)) {
            throw new IllegalStateException("No bpmn/ folder under " + Path.of("").toAbsolutePath()
                    + ": run the tests from the project folder");
        }
        try (Stream<Path> files = Files.list(BPMN_FOLDER)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parsed and schema-checked by the Camunda model API, as the engine reads it. */
    static BpmnModelInstance read(Path file) {
        return Bpmn.readModelFromFile(file.toFile());
    }
}
