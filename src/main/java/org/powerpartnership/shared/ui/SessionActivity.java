package org.powerpartnership.shared.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a person last did something, per session, so the shell can warn before signing them out. A click or a
 * typed value counts; the pages' own polling and Vaadin's heartbeats do not (they would keep a forgotten session
 * open for ever). The time-out is the servlet session's; the clock is the application's, so tests can move it.
 */
@Component
public class SessionActivity implements VaadinServiceInitListener {

    static final String LAST_ACTIVITY = SessionActivity.class.getName() + ".last";
    static final String POLL_REQUEST = SessionActivity.class.getName() + ".poll";

    private final Clock clock;
    private final Duration timeout;
    private final Duration warnBefore;
    private final int pollMillis;

    SessionActivity(Clock clock, @Value("${server.servlet.session.timeout:30m}") Duration timeout,
                    @Value("${powerpartnership.session.warn-before:2m}") Duration warnBefore,
                    @Value("${powerpartnership.session.poll:30s}") Duration poll) {
        this.clock = clock;
        this.timeout = timeout;
        this.warnBefore = warnBefore;
        this.pollMillis = (int) poll.toMillis();
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> touch(init.getUI().getSession()));
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                // decided at the end, once we know whether it was only a poll
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                        Exception exception) {
                // nothing to add
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (session != null && HandlerHelper.isRequestType(request, HandlerHelper.RequestType.UIDL)
                        && request.getAttribute(POLL_REQUEST) == null) {
                    touch(session);
                }
            }
        });
    }

    /** Marks the current request as a poll, so it does not count as the person doing something. */
    static void markPoll() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null) {
            request.setAttribute(POLL_REQUEST, Boolean.TRUE);
        }
    }

    public void touch(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        if (wrapped != null) {
            wrapped.setAttribute(LAST_ACTIVITY, clock.instant());
        }
    }

    /** How long until the session ends if the person does nothing more. */
    public Duration remaining(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        Object last = wrapped == null ? null : wrapped.getAttribute(LAST_ACTIVITY);
        Instant since = last instanceof Instant instant ? instant : clock.instant();
        return timeout.minus(Duration.between(since, clock.instant()));
    }

    public Duration warnBefore() {
        return warnBefore;
    }

    public int pollMillis() {
        return pollMillis;
    }
}
