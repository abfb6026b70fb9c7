package org.powerpartnership.notification.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.notification.MailsSettle;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Following a consultation from its public page, over real SMTP: a confirmation link in the page's language, a
 * follower once it is opened; the same answer whether or not the address follows already, at most one link every
 * ten minutes, and a mistyped address kept with the reason beside it.
 */
class FollowConsultationIT extends KaribuTest {

    private static Consultation consultation;

    @Autowired
    Cycle cycle;
    @Autowired
    MailsSettle settle;
    @Autowired
    EngineTime time;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void a_visitor_follows_in_english_confirms_by_the_mailed_link_and_learns_what_they_will_hear_and_how_to_stop() {
        String address = address("follow-en");
        follow(address);
        assertThat(answer()).isEqualTo("Thank you. If " + address + " does not follow this consultation yet, "
                + "we have sent it an email with a link: open it to confirm.");
        MimeMessage mail = onlyMail(address);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Confirm that you want to follow “" + consultation().title() + "”");
        assertThat(TestMailServer.body(mail)).contains("open this link within 7 days");
        assertThat(confirmedAt(address)).as("not a follower before the link is opened").isNull();

        navigate(TestMailServer.linkPath(mail, "/follow/").substring(1));
        assertThat(outcome()).isEqualTo("Thank you: you now follow “" + consultation().title() + "”.");
        assertThat(text()).contains("the council publishes its response", "updates the progress",
                "use the link at the end of any email");
        assertThat(confirmedAt(address)).isNotNull();
        assertThat(jdbc.sql("select token_hash from consultation_follower where email = ?").param(address)
                .query(String.class).single()).as("only the hash is kept").hasSize(64)
                .doesNotContain(TestMailServer.linkPath(mail, "/follow/").substring("/follow/".length()));

        navigate(TestMailServer.linkPath(mail, "/follow/").substring(1));
        assertThat(outcome()).isEqualTo("You already follow “" + consultation().title() + "”.");
        _click(_get(Button.class, spec -> spec.withId("follow-stop")));
        assertThat(outcome()).startsWith("You no longer follow");
        assertThat(jdbc.sql("select count(*) from consultation_follower where email = ?").param(address)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_welsh_page_sends_the_link_in_welsh_and_the_confirmation_page_answers_in_welsh() {
        String address = address("dilyn-cy");
        UI.getCurrent().setLocale(new Locale("cy"));
        follow(address);
        assertThat(answer()).startsWith("Diolch. Os nad yw " + address);
        MimeMessage mail = onlyMail(address);
        assertThat(TestMailServer.subject(mail)).isEqualTo("Cadarnhewch eich bod chi eisiau dilyn “"
                + consultation().title() + "”");
        assertThat(TestMailServer.body(mail)).contains("agorwch y ddolen hon o fewn 7 diwrnod");

        navigate(TestMailServer.linkPath(mail, "/follow/").substring(1));
        assertThat(outcome()).isEqualTo("Diolch: rydych chi bellach yn dilyn “" + consultation().title() + "”.");
        assertThat(confirmedAt(address)).isNotNull();
        assertThat(jdbc.sql("select language from consultation_follower where email = ?").param(address)
                .query(String.class).single()).isEqualTo("cy");
    }

    @Test
    void asking_again_gets_the_same_answer_whether_or_not_the_address_follows_and_at_most_one_link_in_ten_minutes() {
        String follower = address("already");
        follow(follower);
        navigate(TestMailServer.linkPath(onlyMail(follower), "/follow/").substring(1));
        String waiting = address("waiting");
        follow(waiting);
        assertThat(onlyMail(waiting)).isNotNull();

        follow(follower);
        String toFollower = answer().replace(follower, "ADDRESS");
        follow(waiting);
        String toWaiting = answer().replace(waiting, "ADDRESS");
        assertThat(toFollower).isEqualTo(toWaiting);
        settle.await(Duration.ofSeconds(20));
        assertThat(TestMailServer.to(follower)).as("a follower is not asked again").hasSize(1);
        assertThat(TestMailServer.to(waiting)).as("no second link within ten minutes").hasSize(1);

        time.pass(Duration.ofMinutes(11));
        follow(waiting);
        assertThat(TestMailServer.awaitTo(waiting, 2)).hasSize(2);
        navigate(TestMailServer.linkPath(TestMailServer.to(waiting).get(1), "/follow/").substring(1));
        assertThat(outcome()).startsWith("Thank you: you now follow");
        navigate(TestMailServer.linkPath(TestMailServer.to(waiting).get(0), "/follow/").substring(1));
        assertThat(outcome()).as("a newer link replaced the first").startsWith("This link does not work");
    }

    @Test
    void a_mistyped_address_is_kept_with_a_clear_reason_and_nothing_is_sent() {
        navigate("have-your-say/" + consultation().ref());
        EmailField email = _get(EmailField.class, spec -> spec.withId("follow-email"));
        _setValue(email, "someone.example.org");
        _click(_get(Button.class, spec -> spec.withId("follow-submit")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("This does not look like an email address");
        assertThat(email.getValue()).isEqualTo("someone.example.org");
        assertThat(answer()).isEmpty();
        assertThat(jdbc.sql("select count(*) from consultation_follower where email = ?")
                .param("someone.example.org").query(Long.class).single()).isZero();

        navigate("follow/not-a-real-token");
        assertThat(outcome()).startsWith("This link does not work");
        assertThat(_find(Button.class, spec -> spec.withId("follow-stop"))).isEmpty();
    }

    private Consultation consultation() {
        if (consultation == null) {
            consultation = cycle.launch(cycle.cast(3), false);
        }
        return consultation;
    }

    private void follow(String address) {
        navigate("have-your-say/" + consultation().ref());
        _setValue(_get(EmailField.class, spec -> spec.withId("follow-email")), address);
        _click(_get(Button.class, spec -> spec.withId("follow-submit")));
    }

    private MimeMessage onlyMail(String address) {
        settle.await(Duration.ofSeconds(20));
        return TestMailServer.awaitTo(address, 1).get(0);
    }

    private Object confirmedAt(String address) {
        return jdbc.sql("select confirmed_at from consultation_follower where email = ?").param(address)
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getTimestamp(1))).single().orElse(null);
    }

    private static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static String answer() {
        return _get(Paragraph.class, spec -> spec.withId("follow-answer")).getText();
    }

    private static String outcome() {
        return _get(Paragraph.class, spec -> spec.withId("follow-outcome")).getText();
    }

    private static String text() {
        return _get(FollowConfirmView.class).getElement().getTextRecursively();
    }
}
