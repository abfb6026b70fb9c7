package org.powerpartnership.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How patient sign-in is with wrong passwords.
 *
 * @param freeAttempts       attempts allowed for one account before the first lock
 * @param firstLock          how long the first lock lasts; each further attempt doubles it
 * @param maxLock            the longest lock
 * @param clientFreeAttempts attempts allowed from one client address (over all accounts) before it is locked; more
 *                           generous, as a council office or a library may sign many people in from one address
 */
@ConfigurationProperties("powerpartnership.sign-in")
public record SignInThrottleProperties(int freeAttempts, Duration firstLock, Duration maxLock,
                                       int clientFreeAttempts) {

    public SignInThrottleProperties {
        if (freeAttempts < 1) {
            freeAttempts = 5;
        }
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofMinutes(15) : maxLock;
        if (clientFreeAttempts < 1) {
            clientFreeAttempts = 50;
        }
    }
}
