package org.powerpartnership.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates and times are written for people, on screens and in mails: in the council's time zone (the
 * setting {@code powerpartnership.council.time-zone}), never the server's, and in British style whatever the
 * browser's country ("1 January 2027", "13:44"; Welsh "1 Ionawr 2027").
 *
 * <p>The zone is held here, set once at startup by {@link CouncilTimeZone}, because the workflow engine reads the
 * JVM's default zone too: both are set from the same setting in the same place, so they cannot disagree.
 */
public final class CouncilTime {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/London");

    private static volatile ZoneId zone = DEFAULT_ZONE;

    private CouncilTime() {
    }

    public static ZoneId zone() {
        return zone;
    }

    static void use(ZoneId councilZone) {
        zone = councilZone;
    }

    /** "1 January 2027". */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(zone).toLocalDate(), locale);
    }

    /** "1 January 2027" for a calendar day that already belongs to the council (a due date, a closing day). */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", british(locale)).format(date);
    }

    /** "13:44". */
    public static String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    /** "1 January 2027, 13:44". */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant, locale) + ", " + time(instant);
    }

    /** "Friday 1 January 2027, 13:44", for mails inviting people to a meeting. */
    public static String dayDateTime(Instant instant, Locale locale) {
        return instant == null ? ""
                : DateTimeFormatter.ofPattern("EEEE", british(locale)).format(instant.atZone(zone)) + " "
                        + dateTime(instant, locale);
    }

    /** The language's British variant: en-GB or cy-GB, so no browser or JVM default turns days into US order. */
    static Locale british(Locale locale) {
        String language = locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        return new Locale(language, "GB");
    }
}
