package org.powerpartnership.notification;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Turns on Spring's scheduler (mails due, retries, digests) and asynchronous listeners (the notification listeners
 * run after the change's commit, off the path of the person who made it). An event whose listener did not complete
 * (a node stopped, a failure) is handed to its listeners again here once it is {@code resubmit-after} old, on
 * whichever node gets there first; the notices' keys make a second handling harmless. A restarting node also
 * republishes what it finds outstanding ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class NotificationScheduling {

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    NotificationScheduling(IncompleteEventPublications incomplete,
                           @Value("${powerpartnership.notifications.resubmit-after:PT5M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    @Scheduled(initialDelayString = "${powerpartnership.notifications.resubmit-every:PT1M}",
            fixedDelayString = "${powerpartnership.notifications.resubmit-every:PT1M}")
    void resubmitIncomplete() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }
}
