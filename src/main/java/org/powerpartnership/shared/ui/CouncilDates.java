package org.powerpartnership.shared.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.Component;

/**
 * Dates and times as people in the council's area read them: in the council's zone (the application clock's, never
 * the server's default) and in the screen's language with British conventions when the browser names no country
 * ("7 December 2026", not "December 7, 2026").
 */
public final class CouncilDates {

    private CouncilDates() {
    }

    public static String date(Component screen, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale(screen))
                .format(instant.atZone(zone));
    }

    public static String dateTime(Component screen, Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale(screen))
                .format(instant.atZone(zone));
    }

    private static Locale locale(Component screen) {
        Locale locale = screen.getUI().map(ui -> ui.getLocale()).orElse(Locale.UK);
        return locale.getCountry().isEmpty() ? new Locale(locale.getLanguage(), "GB") : locale;
    }
}
