package org.powerpartnership.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.powerpartnership.shared.CouncilTime;

import com.vaadin.flow.component.Component;

/**
 * {@link CouncilTime} in the screen's language: the same words a mail about the same moment uses. The zone argument
 * is kept for existing callers (they pass the clock's zone, which is the council's) and is not needed.
 */
public final class CouncilDates {

    private CouncilDates() {
    }

    public static String date(Component screen, Instant instant, ZoneId zone) {
        return CouncilTime.date(instant, locale(screen));
    }

    public static String date(Component screen, Instant instant) {
        return CouncilTime.date(instant, locale(screen));
    }

    public static String date(Component screen, LocalDate date) {
        return CouncilTime.date(date, locale(screen));
    }

    public static String dateTime(Component screen, Instant instant, ZoneId zone) {
        return CouncilTime.dateTime(instant, locale(screen));
    }

    public static String dateTime(Component screen, Instant instant) {
        return CouncilTime.dateTime(instant, locale(screen));
    }

    private static Locale locale(Component screen) {
        return screen.getUI().map(ui -> ui.getLocale()).orElse(Locale.UK);
    }
}
