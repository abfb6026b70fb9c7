package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The lock arithmetic: free attempts first, a lock from the one that uses the last of them, doubling, capped. */
class SignInThrottleTest {

    private final SignInThrottleProperties settings =
            new SignInThrottleProperties(5, Duration.ofMinutes(1), Duration.ofMinutes(15), 50);

    @Test
    void attempts_before_the_last_free_one_set_no_lock() {
        for (int attempts = 0; attempts < 5; attempts++) {
            assertThat(SignInThrottle.lockAfter(attempts, 5, settings)).as("after %d", attempts).isEmpty();
        }
    }

    @Test
    void the_attempt_that_uses_the_last_free_one_sets_the_first_lock_and_each_further_one_doubles_it() {
        assertThat(SignInThrottle.lockAfter(5, 5, settings)).contains(Duration.ofMinutes(1));
        assertThat(SignInThrottle.lockAfter(6, 5, settings)).contains(Duration.ofMinutes(2));
        assertThat(SignInThrottle.lockAfter(7, 5, settings)).contains(Duration.ofMinutes(4));
        assertThat(SignInThrottle.lockAfter(8, 5, settings)).contains(Duration.ofMinutes(8));
    }

    @Test
    void the_lock_never_exceeds_the_longest_even_after_very_many_attempts() {
        assertThat(SignInThrottle.lockAfter(9, 5, settings)).contains(Duration.ofMinutes(15));
        assertThat(SignInThrottle.lockAfter(10_000, 5, settings)).contains(Duration.ofMinutes(15));
    }

    @Test
    void a_client_has_its_own_more_generous_allowance() {
        assertThat(SignInThrottle.lockAfter(49, settings.clientFreeAttempts(), settings)).isEmpty();
        assertThat(SignInThrottle.lockAfter(50, settings.clientFreeAttempts(), settings))
                .isEqualTo(Optional.of(Duration.ofMinutes(1)));
    }

    @Test
    void unset_settings_fall_back_to_five_attempts_per_account_and_fifty_per_client() {
        SignInThrottleProperties defaults = new SignInThrottleProperties(0, null, null, 0);
        assertThat(defaults.freeAttempts()).isEqualTo(5);
        assertThat(defaults.clientFreeAttempts()).isEqualTo(50);
    }

    @Test
    void a_very_long_sign_in_name_still_fits_the_counter_table() {
        String key = SignInThrottle.accountKey("x".repeat(400) + "@example.org");
        assertThat(key).hasSizeLessThanOrEqualTo(254).startsWith("account:sha256:");
        assertThat(SignInThrottle.accountKey(" Someone@Example.org ")).isEqualTo("account:someone@example.org");
    }
}
