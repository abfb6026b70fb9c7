package org.powerpartnership.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The council formatter: UK style in English and Welsh, in London's time whatever the instant's UTC day. */
class CouncilTimeTest {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Test
    void a_summer_instant_before_midnight_utc_is_the_next_day_in_london() {
        Instant instant = Instant.parse("2026-06-30T23:30:00Z");

        assertThat(CouncilTime.dateTime(instant, Locale.UK)).isEqualTo("1 July 2026, 00:30");
        assertThat(CouncilTime.date(instant, WELSH)).isEqualTo("1 Gorffennaf 2026");
        assertThat(CouncilTime.time(instant)).isEqualTo("00:30");
    }

    @Test
    void a_winter_instant_is_london_time_which_is_utc() {
        Instant instant = Instant.parse("2026-12-31T23:30:00Z");

        assertThat(CouncilTime.dateTime(instant, Locale.US)).isEqualTo("31 December 2026, 23:30");
        assertThat(CouncilTime.date(instant, WELSH)).isEqualTo("31 Rhagfyr 2026");
        assertThat(CouncilTime.date(Instant.parse("2027-01-01T13:44:00Z"), Locale.ENGLISH))
                .isEqualTo("1 January 2027");
        assertThat(CouncilTime.time(Instant.parse("2027-01-01T13:44:00Z"))).isEqualTo("13:44");
    }

    @Test
    void a_calendar_day_is_written_the_same_way_in_every_language() {
        assertThat(CouncilTime.date(LocalDate.of(2026, 12, 17), Locale.US)).isEqualTo("17 December 2026");
        assertThat(CouncilTime.date(LocalDate.of(2027, 1, 1), WELSH)).isEqualTo("1 Ionawr 2027");
        assertThat(CouncilTime.dayDateTime(Instant.parse("2027-01-01T13:44:00Z"), Locale.UK))
                .isEqualTo("Friday 1 January 2027, 13:44");
    }
}
