package org.powerpartnership.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.powerpartnership.PowerPartnershipApplication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo is honest: every state it shows was reached the way a person (or the engine) reaches it. The demo seeding
 * ({@code org.powerpartnership.demo..}) may call a <b>state-changing service method</b> only if a screen
 * ({@code ..ui..}), a BPMN delegate or task handler ({@code ..process..}) or a controller ({@code ..web..}) calls it
 * too, so no demo consultation stands on a path the product does not offer.
 *
 * <p>A <b>state-changing service method</b> is a public, non-static method declared in a feature package (any
 * {@code org.powerpartnership} package except {@code demo}, {@code ..ui..}, {@code ..process..} and {@code ..web..})
 * on a Spring bean ({@code @Component} or a stereotype built on it, such as {@code @Service}) or on an interface there
 * (a port such as {@code WorkflowPort}), unless it declares itself a query: it is annotated
 * {@code @Transactional(readOnly = true)} (a port's method: every implementation of it is), or it is a getter by name
 * ({@code getX}, {@code isX}, {@code hasX}).
 * Everything else counts as changing state, including methods without any {@code @Transactional}: a method that only
 * reads says so with {@code readOnly = true}, which also lets the database skip the write bookkeeping. Values and
 * records (no bean, no interface) hold no shared state and are not looked at.
 *
 * <p>Calls through a method reference count as calls. The engine's own API ({@code org.camunda..}), which the demo
 * uses to wind the clock back and run due timers, is outside the rule: it is what time does, not a person.
 */
class HonestDemoTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.powerpartnership");

    private static final Pattern GETTER = Pattern.compile("(get|is|has)([A-Z].*)?");

    @Test
    void the_demo_changes_state_only_through_methods_a_screen_a_process_or_a_controller_also_calls() {
        assertThat(violations(MAIN))
                .as("The demo seeding called state-changing service methods that no screen (..ui..), BPMN "
                        + "delegate or handler (..process..) or controller (..web..) calls. Reach the state the "
                        + "way a person would: call what the screen calls (for example PartnerWorkspace for an "
                        + "assisted response, WorkService.complete for a task), or, if people genuinely need to do "
                        + "this, give them a screen that calls it. See HonestDemoTest's javadoc for the rule.")
                .isEmpty();
    }

    @Test
    void the_rule_catches_a_demo_that_calls_a_state_changing_method_no_screen_calls() throws Exception {
        // the main classes plus one demo class (in the test sources) that links a partner behind the screen's back
        JavaClasses withShortCut = new ClassFileImporter().importPaths(
                Path.of(PowerPartnershipApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                Path.of(Class.forName("org.powerpartnership.demo.DishonestDemoFixture")
                        .getResource("DishonestDemoFixture.class").toURI()));
        assertThat(violations(withShortCut)).anySatisfy(violation -> assertThat(violation)
                .startsWith("org.powerpartnership.network.NetworkService.addMember (called at DishonestDemoFixture.seed:"));
    }

    /** One line per offending call: the method, and where the demo calls it. */
    static List<String> violations(JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        classes.stream()
                .filter(HonestDemoTest::isDemo)
                .flatMap(demo -> demo.getCodeUnits().stream())
                .flatMap(unit -> unit.getAccessesFromSelf().stream())
                .forEach(access -> stateChangingTarget(access)
                        .filter(method -> !calledByAPersonsPath(method))
                        .ifPresent(method -> found.add(name(method) + " (called at "
                                + access.getOrigin().getOwner().getSimpleName() + "." + access.getOrigin().getName()
                                + ":" + access.getLineNumber() + ")")));
        return List.copyOf(found);
    }

    private static java.util.Optional<JavaMethod> stateChangingTarget(JavaAccess<?> access) {
        if (!(access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget target)) {
            return java.util.Optional.empty();
        }
        return target.resolveMember()
                .filter(JavaMethod.class::isInstance)
                .map(JavaMethod.class::cast)
                .filter(HonestDemoTest::isStateChanging);
    }

    static boolean isStateChanging(JavaMethod method) {
        JavaClass owner = method.getOwner();
        return isFeature(owner)
                && (owner.isInterface() || owner.isMetaAnnotatedWith(Component.class))
                && method.getModifiers().contains(JavaModifier.PUBLIC)
                && !method.getModifiers().contains(JavaModifier.STATIC)
                && !isReadOnly(method)
                && !GETTER.matcher(method.getName()).matches();
    }

    /** Read-only by its annotation, or, for a port's method, by the annotation of every implementation of it. */
    private static boolean isReadOnly(JavaMethod method) {
        if (method.getOwner().isInterface()) {
            List<JavaMethod> implementations = method.getOwner().getAllSubclasses().stream()
                    .flatMap(impl -> impl.tryGetMethod(method.getName(), method.getRawParameterTypes().stream()
                            .map(JavaClass::getName).toArray(String[]::new)).stream())
                    .toList();
            return !implementations.isEmpty() && implementations.stream().allMatch(HonestDemoTest::isReadOnly);
        }
        return method.tryGetAnnotationOfType(Transactional.class).map(Transactional::readOnly).orElse(false);
    }

    /** Whether a screen, a delegate or handler, or a controller calls (or references) the method. */
    private static boolean calledByAPersonsPath(JavaMethod method) {
        return method.getAccessesToSelf().stream()
                .map(access -> access.getOrigin().getOwner())
                .anyMatch(HonestDemoTest::isPersonsPath);
    }

    private static boolean isPersonsPath(JavaClass caller) {
        String pkg = caller.getPackageName();
        return matchesSegment(pkg, "ui") || matchesSegment(pkg, "process")
                || matchesSegment(pkg, "web");
    }

    private static boolean matchesSegment(String pkg, String segment) {
        return List.of(pkg.split("\\.")).contains(segment);
    }

    private static boolean isDemo(JavaClass javaClass) {
        return javaClass.getPackageName().equals("org.powerpartnership.demo")
                || javaClass.getPackageName().startsWith("org.powerpartnership.demo.");
    }

    private static boolean isFeature(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        return pkg.startsWith("org.powerpartnership.") && !isDemo(javaClass)
                && !matchesSegment(pkg, "ui") && !matchesSegment(pkg, "process") && !matchesSegment(pkg, "web");
    }

    private static String name(JavaCodeUnit method) {
        return method.getOwner().getName() + "." + method.getName();
    }
}
