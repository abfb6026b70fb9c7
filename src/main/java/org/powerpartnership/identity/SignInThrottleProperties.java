package org.powerpartnership.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How patient sign-in is with wrong passwords.
 *
 * @param freeAttempts failures allowed before the first lock
 * @param firstLock    how long the first lock lasts; each further failure doubles it
 * @param maxLock      the longest lock
 */
@ConfigurationProperties("powerpartnership.sign-in")
public record SignInThrottleProperties(int freeAttempts, Duration firstLock, Duration maxLock) {

    public SignInThrottleProperties {
        if (freeAttempts < 1) {
            freeAttempts = 5;
        }
        firstLock = firstLock == null ? Duration.ofMinutes(1) : firstLock;
        maxLock = maxLock == null ? Duration.ofMinutes(15) : maxLock;
    }
}
