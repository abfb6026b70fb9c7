package org.powerpartnership.identity;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many recent failures; says how long to wait. */
public class SignInLockedException extends LockedException {

    private final Duration wait;

    public SignInLockedException(Duration wait) {
        super("Too many failed sign-in attempts; try again in " + wait);
        this.wait = wait;
    }

    /** Whole minutes to wait, at least one, for a message people can act on. */
    public long minutesToWait() {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }
}
