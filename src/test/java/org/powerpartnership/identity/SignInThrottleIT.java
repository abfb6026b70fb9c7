package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.InvalidInputException;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password guessing is counted before any password is checked, per account and per client address, on whichever
 * door it comes through (the sign-in provider serves the form and HTTP Basic; the account page checks the current
 * password). Each test signs in from addresses of its own, as the counters are shared by the whole run.
 */
@IntegrationTest
class SignInThrottleIT {

    private static final int SIMULTANEOUS = 20;

    @Autowired
    SignInAuthenticationProvider signIn;
    @Autowired
    AccountService accountService;
    @Autowired
    SignInThrottleProperties settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twenty_simultaneous_sign_ins_for_one_account_get_at_most_the_free_wrong_passwords_checked_wherever_the_right_one_is()
            throws Exception {
        int random = ThreadLocalRandom.current().nextInt(SIMULTANEOUS);
        for (int rightOne : new int[] {0, settings.freeAttempts() - 1, settings.freeAttempts(), 14, random}) {
            SignedInUser resident = accounts.open(Roles.RESIDENT);
            String client = freshClient();
            List<Outcome> outcomes = simultaneously(SIMULTANEOUS, attempt -> signIn(resident.email(),
                    attempt == rightOne ? TestAccounts.PASSWORD : "guess number " + attempt, client));

            long wrongChecked = outcomes.stream().filter(outcome -> outcome == Outcome.WRONG_PASSWORD).count();
            long signedIn = outcomes.stream().filter(outcome -> outcome == Outcome.SIGNED_IN).count();
            assertThat(wrongChecked).as("wrong passwords checked with the right one %dth", rightOne + 1)
                    .isLessThanOrEqualTo(settings.freeAttempts())
                    .isEqualTo(attemptsCounted(SignInThrottle.accountKey(resident.email())));
            assertThat(signedIn).as("the right one is checked only if a free attempt was left for it")
                    .isLessThanOrEqualTo(1);
        }
    }

    @Test
    void one_client_is_locked_after_its_free_attempts_over_many_accounts_and_its_own_successful_sign_in_resets_nothing() {
        String client = freshClient();
        SignedInUser own = accounts.open(Roles.RESIDENT);
        int wrong = 0;
        boolean ownSignInDone = false;
        while (wrong < settings.clientFreeAttempts()) {
            SignedInUser target = accounts.open(Roles.RESIDENT);
            for (int guess = 0; guess < settings.freeAttempts() - 1 && wrong < settings.clientFreeAttempts(); guess++) {
                assertThat(signIn(target.email(), "guess " + guess, client)).isEqualTo(Outcome.WRONG_PASSWORD);
                wrong++;
            }
            if (!ownSignInDone && wrong >= settings.clientFreeAttempts() / 2) {
                ownSignInDone = true;
                assertThat(signIn(own.email(), TestAccounts.PASSWORD, client)).isEqualTo(Outcome.SIGNED_IN);
            }
        }

        SignedInUser untouched = accounts.open(Roles.RESIDENT);
        assertThat(signIn(untouched.email(), TestAccounts.PASSWORD, client)).isEqualTo(Outcome.REFUSED_UNCHECKED);
        assertThat(signIn(own.email(), TestAccounts.PASSWORD, client)).isEqualTo(Outcome.REFUSED_UNCHECKED);
        assertThat(signIn(untouched.email(), TestAccounts.PASSWORD, freshClient()))
                .as("the same person from elsewhere").isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void signing_in_again_and_again_with_the_right_password_never_adds_up_to_a_lock() {
        SignedInUser admin = accounts.open(Roles.ADMIN);
        String client = freshClient();
        for (int request = 0; request < 3 * settings.freeAttempts(); request++) {
            assertThat(signIn(admin.email(), TestAccounts.PASSWORD, client)).as("request %d", request)
                    .isEqualTo(Outcome.SIGNED_IN);
        }
    }

    @Test
    void the_account_page_checks_the_current_password_on_the_same_counter_and_then_refuses_even_the_right_one() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        for (int guess = 0; guess < settings.freeAttempts(); guess++) {
            int attempt = guess;
            assertThatThrownBy(() -> accountService.changePassword(resident, "guess " + attempt,
                    "a quieter walk by the canal")).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> accountService.changePassword(resident, TestAccounts.PASSWORD,
                "a quieter walk by the canal")).isInstanceOf(SignInLockedException.class);
        assertThat(signIn(resident.email(), TestAccounts.PASSWORD, freshClient()))
                .as("sign-in shares the account's counter").isEqualTo(Outcome.REFUSED_UNCHECKED);
        assertThat(accountService.passwordMatches(resident.userId(), TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void the_internal_user_id_is_not_a_sign_in_name() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        assertThat(signIn(resident.userId(), TestAccounts.PASSWORD, freshClient())).isEqualTo(Outcome.WRONG_PASSWORD);
        assertThat(accountService.userIdForSignIn(resident.userId())).isEmpty();
        assertThat(signIn(resident.email(), TestAccounts.PASSWORD, freshClient())).isEqualTo(Outcome.SIGNED_IN);
    }

    private enum Outcome { SIGNED_IN, WRONG_PASSWORD, REFUSED_UNCHECKED }

    private Outcome signIn(String name, String password, String client) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        attempt.setDetails(new WebAuthenticationDetails(client, null));
        try {
            Authentication signedIn = signIn.authenticate(attempt);
            assertThat(signedIn.isAuthenticated()).isTrue();
            return Outcome.SIGNED_IN;
        } catch (SignInLockedException locked) {
            return Outcome.REFUSED_UNCHECKED;
        } catch (BadCredentialsException wrong) {
            return Outcome.WRONG_PASSWORD;
        }
    }

    private interface Attempt {
        Outcome run(int index);
    }

    /** Starts every attempt on its own thread and releases them together. */
    private static List<Outcome> simultaneously(int count, Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> results = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                int mine = index;
                results.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return attempt.run(mine);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private int attemptsCounted(String key) {
        return jdbc.sql("select failures from sign_in_throttle where account_key = ?").param(key)
                .query(Integer.class).optional().orElse(0);
    }

    /** A client address no other attempt in the run comes from (the counters are kept as text). */
    private static String freshClient() {
        return "test-client-" + UUID.randomUUID();
    }
}
