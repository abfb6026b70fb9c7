package org.powerpartnership.shared;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one door for publishing events: it takes only {@link DomainEvent}s, so every event published is one the
 * "every event is heard" test knows about. Published inside the caller's transaction; Spring Modulith keeps it in
 * its publication registry until each listener has completed.
 */
@Component
public class DomainEvents {

    private final ApplicationEventPublisher publisher;

    DomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
    }
}
