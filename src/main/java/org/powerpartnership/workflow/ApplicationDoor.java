package org.powerpartnership.workflow;

import java.util.function.Supplier;

/**
 * The one door through which the application's tasks are completed, claimed or handed to someone else: the
 * {@link CamundaWorkflow} port, behind {@link WorkService} and its rules (who may act, what a vote needs, double
 * submits). The door is open only while such a call runs on this thread; {@link OneDoorGuard} refuses the same
 * operations made any other way (Camunda Tasklist, {@code /engine-rest}), admins included.
 */
final class ApplicationDoor {

    private static final ThreadLocal<Boolean> OPEN = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private ApplicationDoor() {
    }

    static boolean isOpen() {
        return OPEN.get();
    }

    static void through(Runnable work) {
        through(() -> {
            work.run();
            return null;
        });
    }

    static <T> T through(Supplier<T> work) {
        boolean wasOpen = OPEN.get();
        OPEN.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            OPEN.set(wasOpen);
        }
    }
}
