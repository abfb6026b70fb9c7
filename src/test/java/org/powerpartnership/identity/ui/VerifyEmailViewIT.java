package org.powerpartnership.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.EmailVerification;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

class VerifyEmailViewIT extends KaribuTest {

    @Autowired
    AccountService accountService;
    @Autowired
    EngineTime time;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void the_mailed_link_confirms_the_address_says_so_and_offers_sign_in_and_a_second_visit_says_it_was_used() {
        String email = register();
        String link = link(email, 1);

        navigate(link);
        assertThat(outcome()).contains("your email address is confirmed");
        assertThat(_find(RouterLink.class, spec -> spec.withId("verify-sign-in"))).hasSize(1);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Confirm your email address");
        accountService.checkAddressConfirmed(accountService.userIdForSignIn(email).orElseThrow());

        navigate("");
        navigate(link);
        assertThat(outcome()).contains("already been used");
    }

    @Test
    void a_link_that_ran_out_says_so_and_the_page_sends_a_new_one_that_works() {
        String email = register();
        String first = link(email, 1);
        time.pass(EmailVerification.LIFETIME.plusHours(1));

        navigate(first);
        assertThat(outcome()).contains("run out");
        _setValue(_get(EmailField.class, spec -> spec.withId("verify-resend-email")), email);
        _click(_get(Button.class, spec -> spec.withId("verify-resend-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("verify-resend-sent")).getText())
                .contains("If an account is waiting for this address");

        navigate(link(email, 2));
        assertThat(outcome()).contains("your email address is confirmed");
    }

    @Test
    void a_mangled_link_says_it_does_not_work_and_offers_a_new_one() {
        navigate("verify-email/not-a-real-token");
        assertThat(outcome()).contains("This link does not work");
        assertThat(_find(EmailField.class, spec -> spec.withId("verify-resend-email"))).hasSize(1);
    }

    @Test
    void the_sign_in_page_tells_an_unconfirmed_account_why_and_links_to_a_new_link() {
        UI.getCurrent().navigate("login", QueryParameters.of("unverified", ""));
        assertThat(_find(RouterLink.class, spec -> spec.withId("login-resend-link"))).singleElement()
                .satisfies(resend -> assertThat(resend.getHref()).isEqualTo("verify-email"));
    }

    private String register() {
        String email = "verify-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accountService.registerResident(email, "Val Verify", "tea and toast at nine", Locale.ENGLISH);
        return email;
    }

    /** The n-th mailed link, as a path without its leading slash. */
    private static String link(String email, int nth) {
        return TestMailServer.linkPath(TestMailServer.awaitTo(email, nth).get(nth - 1), "/verify-email/").substring(1);
    }

    private static String outcome() {
        return _get(Paragraph.class, spec -> spec.withId("verify-outcome")).getText();
    }
}
