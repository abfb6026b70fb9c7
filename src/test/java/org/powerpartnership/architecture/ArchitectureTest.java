package org.powerpartnership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.powerpartnership.PowerPartnershipApplication;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the layers apart as DESIGN.md §3 says: features as modules, no engine in views, no UI in services. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.powerpartnership");

    @Test
    void feature_modules_have_no_cycles_and_use_each_other_only_through_their_top_level_packages() {
        ApplicationModules.of(PowerPartnershipApplication.class).verify();
    }

    @Test
    void views_never_touch_the_engine() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("views talk to feature services, which talk to the engine through the workflow port")
                .check(MAIN);
    }

    @Test
    void only_ui_packages_use_vaadin() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services must work without a browser: tests, jobs, the REST API")
                .check(MAIN);
    }
}
