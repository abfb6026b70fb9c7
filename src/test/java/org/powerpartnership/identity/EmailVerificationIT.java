package org.powerpartnership.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A self-registered account signs in only once the link mailed to its address is opened; a link works once, for a day. */
@IntegrationTest
class EmailVerificationIT {

    static final String PASSWORD = "tea and toast at nine";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    EmailVerification verification;
    @Autowired
    EngineTime time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void an_unconfirmed_account_cannot_sign_in_until_its_link_is_opened_and_a_wrong_password_still_says_only_wrong() {
        String email = register("Una Unconfirmed");
        assertThat(location(new HttpVisitor(port).signIn(email, PASSWORD))).endsWith("/login?unverified");
        assertThat(location(new HttpVisitor(port).signIn(email, "not the password at all")))
                .as("the address's state is told only to who knows the password").endsWith("/login?error");

        assertThat(verification.verify(token(email, 1))).isEqualTo(EmailVerification.Outcome.VERIFIED);

        String signedIn = location(new HttpVisitor(port).signIn(email, PASSWORD));
        assertThat(signedIn).doesNotContain("error").doesNotContain("unverified");
    }

    @Test
    void a_link_works_once() {
        String email = register("Owen Once");
        String token = token(email, 1);
        assertThat(verification.verify(token)).isEqualTo(EmailVerification.Outcome.VERIFIED);
        assertThat(verification.verify(token)).isEqualTo(EmailVerification.Outcome.ALREADY_USED);
        assertThat(verification.verify(token + "x")).isEqualTo(EmailVerification.Outcome.UNKNOWN);
    }

    @Test
    void a_link_runs_out_after_a_day_and_a_new_one_asked_for_then_works() {
        String email = register("Eira Expired");
        String first = token(email, 1);
        time.pass(EmailVerification.LIFETIME.plusMinutes(1));
        assertThat(verification.verify(first)).isEqualTo(EmailVerification.Outcome.EXPIRED);
        assertThat(location(new HttpVisitor(port).signIn(email, PASSWORD))).endsWith("/login?unverified");

        verification.resend(email.toUpperCase(Locale.ROOT), Locale.ENGLISH);
        verification.resend(email, Locale.ENGLISH);
        String second = token(email, 2);
        everyMailPostedSoFarHasLeft();
        assertThat(TestMailServer.to(email)).as("a second ask within minutes sends nothing more").hasSize(2);
        assertThat(verification.verify(second)).isEqualTo(EmailVerification.Outcome.VERIFIED);
        assertThat(verification.verify(first)).isEqualTo(EmailVerification.Outcome.EXPIRED);
    }

    @Test
    void registering_again_before_the_link_is_opened_replaces_the_waiting_account_and_only_the_newest_link_works() {
        String email = register("First Try");
        String first = token(email, 1);
        accounts.registerResident(email, "Second Try", "bread and jam at ten", Locale.ENGLISH);
        String second = token(email, 2);

        assertThat(verification.verify(first)).as("the first registration is gone with its link")
                .isEqualTo(EmailVerification.Outcome.UNKNOWN);
        assertThat(verification.verify(second)).isEqualTo(EmailVerification.Outcome.VERIFIED);
        String userId = accounts.userIdForSignIn(email).orElseThrow();
        assertThat(accounts.passwordMatches(userId, "bread and jam at ten")).isTrue();
        assertThat(accounts.passwordMatches(userId, PASSWORD)).isFalse();
        assertThat(accounts.signedInUser(userId).displayName()).isEqualTo("Second Try");
    }

    @Test
    void asking_for_a_link_for_an_address_without_a_waiting_account_sends_nothing() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        verification.resend(nobody, Locale.ENGLISH);
        String confirmed = register("Cai Confirmed");
        verification.verify(token(confirmed, 1));
        time.pass(Duration.ofHours(1));
        verification.resend(confirmed, Locale.ENGLISH);
        everyMailPostedSoFarHasLeft();
        assertThat(TestMailServer.to(nobody)).isEmpty();
        assertThat(TestMailServer.to(confirmed)).hasSize(1);
    }

    @Test
    void the_link_is_mailed_in_the_language_the_person_registered_in() {
        String email = "cymraeg-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.registerResident(email, "Gwen Gymraeg", PASSWORD, Locale.forLanguageTag("cy"));
        var mail = TestMailServer.awaitTo(email, 1).get(0);
        assertThat(TestMailServer.subject(mail)).startsWith("Cadarnhewch eich cyfeiriad e-bost");
        assertThat(TestMailServer.body(mail)).contains("Annwyl Gwen Gymraeg", "/verify-email/");
    }

    private String register(String name) {
        String email = "confirm-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.registerResident(email, name, PASSWORD, Locale.ENGLISH);
        return email;
    }

    /** Mails leave one by one in the order posted: once a newcomer's link has arrived, every earlier mail has. */
    private void everyMailPostedSoFarHasLeft() {
        token(register("Mark Marker"), 1);
    }

    /** The token in the n-th verification mail to an address. */
    private static String token(String email, int nth) {
        var mail = TestMailServer.awaitTo(email, nth).get(nth - 1);
        return TestMailServer.linkPath(mail, "/verify-email/").substring("/verify-email/".length());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
