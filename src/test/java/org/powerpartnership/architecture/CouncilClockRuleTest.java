package org.powerpartnership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.CouncilTime;

/**
 * One council clock (issue 14): nothing in main code reads the server's default zone or formats dates in the
 * browser's or JVM's locale conventions; the council's zone comes from the setting, dates are written by
 * {@link CouncilTime}.
 */
class CouncilClockRuleTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.powerpartnership");

    @Test
    void nothing_reads_the_servers_default_zone() {
        noClasses().should().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .because("the server may run in UTC or anywhere; use the Clock bean or CouncilTime.zone()")
                .check(MAIN);
    }

    @Test
    void dates_for_people_are_written_only_by_the_council_formatter() {
        noClasses().that().doNotBelongToAnyOf(CouncilTime.class)
                .should().callMethodWhere(localizedFormatter())
                .because("localized styles follow the browser's country ('December 17, 2026'); CouncilTime is UK style")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaCall<?>> localizedFormatter() {
        return DescribedPredicate.describe("DateTimeFormatter.ofLocalized*", call ->
                call.getTargetOwner().isEquivalentTo(DateTimeFormatter.class)
                        && call.getName().startsWith("ofLocalized"));
    }
}
