package org.powerpartnership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;
import org.powerpartnership.PowerPartnershipApplication;
import org.powerpartnership.shared.DomainEvents;
import org.springframework.context.ApplicationEventPublisher;
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

    /** Events go out through DomainEvents only, which takes only DomainEvent. */
    static final ArchRule ONE_DOOR_FOR_EVENTS = noClasses().that()
            .doNotHaveFullyQualifiedName(DomainEvents.class.getName())
            .should().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("publishEvent"))
                    .and(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.assignableTo(ApplicationEventPublisher.class)))))
            .because("DomainEvents takes only DomainEvent, so the test that every event is heard sees them all");

    @Test
    void events_are_published_only_through_domain_events() {
        ONE_DOOR_FOR_EVENTS.check(MAIN);
    }

    @Test
    void a_class_publishing_past_domain_events_breaks_the_rule() {
        JavaClasses fixture = new ClassFileImporter().importClasses(PublishesDirectly.class);
        assertThatThrownBy(() -> ONE_DOOR_FOR_EVENTS.check(fixture)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("PublishesDirectly");
    }

    static class PublishesDirectly {
        void publish(ApplicationEventPublisher publisher) {
            publisher.publishEvent("something happened");
        }
    }
}
