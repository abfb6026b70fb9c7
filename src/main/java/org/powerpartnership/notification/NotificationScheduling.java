package org.powerpartnership.notification;

import java.time.Duration;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Turns on Spring's scheduler (mails due, retries, digests) and asynchronous listeners (the notification listeners
 * run after the change's commit, off the path of the person who made it). An event whose listener did not complete
 * (a node stopped, a failure) is handed to its listeners again here once it is {@code resubmit-after} old, on
 * whichever node gets there first; the notices' keys make a second handling harmless. A restarting node also
 * republishes what it finds outstanding ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 *
 * <p>The listeners get threads of their own ({@link #notificationListeners()}): without them {@code @Async} would
 * borrow the workflow engine's job executor (the only executor bean), whose short queue refuses work in a burst.
 */
@Configuration
@EnableScheduling
@EnableAsync
class NotificationScheduling implements AsyncConfigurer {

    static final String LISTENER_THREADS = "notificationListeners";

    private final IncompleteEventPublications incomplete;
    private final Duration resubmitAfter;

    NotificationScheduling(IncompleteEventPublications incomplete,
                           @Value("${powerpartnership.notifications.resubmit-after:PT5M}") Duration resubmitAfter) {
        this.incomplete = incomplete;
        this.resubmitAfter = resubmitAfter;
    }

    @Bean(LISTENER_THREADS)
    ThreadPoolTaskExecutor notificationListeners() {
        ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
        threads.setThreadNamePrefix("notify-");
        threads.setCorePoolSize(2);
        threads.setMaxPoolSize(2);
        // Unbounded: a listener never refused is never lost; the registry keeps the event until it completes anyway.
        threads.setQueueCapacity(Integer.MAX_VALUE);
        threads.setWaitForTasksToCompleteOnShutdown(true);
        threads.setAwaitTerminationSeconds(20);
        return threads;
    }

    @Override
    public Executor getAsyncExecutor() {
        return notificationListeners();
    }

    @Scheduled(initialDelayString = "${powerpartnership.notifications.resubmit-every:PT1M}",
            fixedDelayString = "${powerpartnership.notifications.resubmit-every:PT1M}")
    void resubmitIncomplete() {
        incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
    }
}
