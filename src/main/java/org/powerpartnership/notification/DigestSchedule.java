package org.powerpartnership.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.powerpartnership.shared.CouncilTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the daily digest leaves: {@code powerpartnership.notifications.digest-time} (default 07:00) on the council's
 * clock, so it arrives before the working day in the council's own zone whatever zone the server runs in.
 */
@Component
public class DigestSchedule {

    private final LocalTime time;
    private final Clock clock;

    DigestSchedule(@Value("${powerpartnership.notifications.digest-time:07:00}") LocalTime time, Clock clock) {
        this.time = time;
        this.clock = clock;
    }

    /** The next digest time after now. */
    Instant next() {
        ZonedDateTime now = clock.instant().atZone(CouncilTime.zone());
        ZonedDateTime today = now.toLocalDate().atTime(time).atZone(CouncilTime.zone());
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    public LocalTime time() {
        return time;
    }
}
