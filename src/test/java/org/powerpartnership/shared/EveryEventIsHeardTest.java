package org.powerpartnership.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every event the application can publish (everything implementing {@link DomainEvent}, the only thing
 * {@link DomainEvents} accepts) has a listener that takes it: an event nobody hears is a reminder, an escalation or
 * an answer that reaches nobody.
 */
class EveryEventIsHeardTest {

    private static final List<Class<? extends Annotation>> LISTENERS = List.of(ApplicationModuleListener.class,
            TransactionalEventListener.class, EventListener.class);

    @Test
    void every_domain_event_of_the_application_has_a_listener() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.powerpartnership");
        assertThat(events(main)).as("the application's events").hasSizeGreaterThanOrEqualTo(15);
        assertThat(unheard(main)).as("events nothing listens to").isEmpty();
    }

    @Test
    void an_event_without_a_listener_is_reported_and_one_with_a_listener_is_not() {
        JavaClasses withFixtures = new ClassFileImporter().importClasses(UnheardFixture.class, HeardFixture.class,
                FixtureListener.class);
        assertThat(unheard(withFixtures)).containsExactly(UnheardFixture.class.getName());
    }

    /** The events among the classes that no listener method among the same classes accepts. */
    static List<String> unheard(JavaClasses classes) {
        List<Method> listeners = new ArrayList<>();
        for (JavaClass type : classes) {
            for (Method method : type.reflect().getDeclaredMethods()) {
                if (method.getParameterCount() == 1 && LISTENERS.stream().anyMatch(method::isAnnotationPresent)) {
                    listeners.add(method);
                }
            }
        }
        return events(classes).stream()
                .filter(event -> listeners.stream().noneMatch(m -> m.getParameterTypes()[0].isAssignableFrom(event)))
                .map(Class::getName).sorted().toList();
    }

    private static List<Class<?>> events(JavaClasses classes) {
        return classes.stream().filter(type -> type.isAssignableTo(DomainEvent.class))
                .map(JavaClass::reflect)
                .filter(type -> !type.isInterface() && !Modifier.isAbstract(type.getModifiers()))
                .<Class<?>>map(type -> type).toList();
    }

    record UnheardFixture(long id) implements DomainEvent {
    }

    record HeardFixture(long id) implements DomainEvent {
    }

    static class FixtureListener {

        @ApplicationModuleListener
        void on(HeardFixture event) {
            // heard
        }
    }
}
