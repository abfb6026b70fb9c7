package org.powerpartnership.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.HttpVisitor;
import org.powerpartnership.support.KaribuTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every notice mail carries a signed unsubscribe link that works without signing in: its page says what will stop
 * and stops it on confirmation; a mail program's one-click POST (RFC 8058, the List-Unsubscribe headers) stops it at
 * once; a link that was altered changes nothing. The mail is plain text with an escaped HTML copy.
 */
class UnsubscribeIT extends KaribuTest {

    @Autowired
    Notices notices;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    MailsSettle settle;
    @Autowired
    JdbcClient jdbc;
    @Value("${powerpartnership.base-url}")
    String baseUrl;
    @LocalServerPort
    int port;

    @Test
    void the_link_in_a_mail_opens_a_page_without_sign_in_that_says_what_stops_and_stops_it_when_confirmed() {
        SignedInUser officer = accounts.open(Roles.OFFICER);
        MimeMessage mail = mailAbout(officer, NoticeKind.STAGE_DECIDED, "Stage signed off", "The panel approved it.");
        String page = TestMailServer.linkPath(mail, "/unsubscribe/");
        assertThat(TestMailServer.body(mail)).contains("To stop emails like this one (Stages signed off or returned)");

        navigate(page.substring(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-what")).getText())
                .isEqualTo("You will no longer get emails about: Stages signed off or returned.");
        assertThat(preferences.choiceOf(officer.userId(), NoticeKind.STAGE_DECIDED))
                .as("opening the page changes nothing").isEqualTo(MailChoice.AT_ONCE);

        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-outcome")).getText())
                .isEqualTo("Done: no more emails about Stages signed off or returned.");
        assertThat(preferences.choiceOf(officer.userId(), NoticeKind.STAGE_DECIDED)).isEqualTo(MailChoice.NONE);
        assertThat(preferences.choiceOf(officer.userId(), NoticeKind.REMINDER)).as("other kinds stay")
                .isEqualTo(MailChoice.AT_ONCE);
    }

    @Test
    void work_offered_cannot_be_stopped_by_its_link_it_goes_to_the_daily_summary_and_the_page_says_so() {
        SignedInUser member = accounts.open(Roles.PANEL);
        MimeMessage mail = mailAbout(member, NoticeKind.WORK_OFFERED, "Please sign off", "Please vote.");

        navigate(TestMailServer.linkPath(mail, "/unsubscribe/").substring(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-what")).getText())
                .contains("cannot be switched off", "daily summary");
        _click(_get(Button.class, spec -> spec.withId("unsubscribe-confirm")));

        assertThat(preferences.choiceOf(member.userId(), NoticeKind.WORK_OFFERED)).isEqualTo(MailChoice.DIGEST);
    }

    @Test
    void a_mail_program_unsubscribes_in_one_click_from_the_list_unsubscribe_header() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        MimeMessage mail = mailAbout(resident, NoticeKind.RESPONSE_PUBLISHED, "The council has responded",
                "Read it.");
        String header = TestMailServer.header(mail, "List-Unsubscribe");
        assertThat(header).startsWith("<" + baseUrl + "/unsubscribe/one-click/").endsWith(">");
        assertThat(TestMailServer.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String path = header.substring(1 + baseUrl.length(), header.length() - 1);

        var answer = new HttpVisitor(port).postForm(path, Map.of("List-Unsubscribe", "One-Click"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(preferences.choiceOf(resident.userId(), NoticeKind.RESPONSE_PUBLISHED)).isEqualTo(MailChoice.NONE);
        assertThat(new HttpVisitor(port).postForm(path, Map.of("List-Unsubscribe", "One-Click")).statusCode())
                .as("twice is harmless").isEqualTo(200);
    }

    @Test
    void an_altered_link_gets_a_plain_word_on_the_page_and_a_refusal_by_post_and_changes_nothing() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        MimeMessage mail = mailAbout(resident, NoticeKind.COMMITMENT_UPDATED, "A commitment changed", "Done.");
        String token = TestMailServer.linkPath(mail, "/unsubscribe/").substring("/unsubscribe/".length());
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        navigate("unsubscribe/" + tampered);
        assertThat(_get(Paragraph.class, spec -> spec.withId("unsubscribe-outcome")).getText())
                .startsWith("This unsubscribe link does not work");
        assertThat(_find(Button.class, spec -> spec.withId("unsubscribe-confirm"))).isEmpty();
        assertThat(new HttpVisitor(port).postForm("/unsubscribe/one-click/" + tampered,
                Map.of("List-Unsubscribe", "One-Click")).statusCode()).isEqualTo(404);

        assertThat(preferences.choiceOf(resident.userId(), NoticeKind.COMMITMENT_UPDATED)).isEqualTo(MailChoice.AT_ONCE);
    }

    @Test
    void a_follower_stops_following_by_the_link_in_their_mail() {
        String address = "follower-" + System.nanoTime() + "@test.example.org";
        jdbc.sql("insert into consultation_follower (consultation_id, email, language, token_hash, created_at, "
                        + "confirmed_at) values (0, ?, 'en', 'x', current_timestamp, current_timestamp)")
                .param(address).update();
        long row = jdbc.sql("select id from consultation_follower where email = ?").param(address)
                .query(Long.class).single();
        notices.tell(Recipient.withoutAccount("follower:" + row, address, "en"), NoticeKind.COMMITMENT_UPDATED,
                "unsubscribe-test:" + row, null, "/record/x", language -> new MailText("A commitment changed",
                        "The council finished it."));
        settle.await(Duration.ofSeconds(20));
        MimeMessage mail = TestMailServer.awaitTo(address, 1).get(0);
        assertThat(TestMailServer.body(mail)).contains("To stop following this consultation:")
                .doesNotContain("choose how and when");

        String header = TestMailServer.header(mail, "List-Unsubscribe");
        String path = header.substring(1 + baseUrl.length(), header.length() - 1);
        assertThat(new HttpVisitor(port).postForm(path, Map.of("List-Unsubscribe", "One-Click")).statusCode())
                .isEqualTo(200);

        assertThat(jdbc.sql("select count(*) from consultation_follower where id = ?").param(row)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_html_copy_escapes_whatever_a_title_holds_and_links_our_own_pages() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        MimeMessage mail = mailAbout(resident, NoticeKind.STAGE_DECIDED,
                "Signed off: <script>alert(1)</script> & more", "Title: <script>alert(1)</script>\n\nSee it.");

        String html = TestMailServer.html(mail);
        assertThat(html).doesNotContain("<script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<a href=\"" + baseUrl + "/panel/review/" + resident.userId() + "\">");
        assertThat(TestMailServer.body(mail)).contains("Title: <script>alert(1)</script>");
        assertThat(TestMailServer.header(mail, "Message-ID")).endsWith("@test.example.org>");
    }

    /** One notice mailed at once to the person, about a page of ours. */
    private MimeMessage mailAbout(SignedInUser person, NoticeKind kind, String subject, String body) {
        notices.tell(Recipient.account(person.userId(), "en"), kind, "unsubscribe-test:" + kind, null,
                "/panel/review/" + person.userId(), language -> new MailText(subject,
                        body + "\n\n" + baseUrl + "/panel/review/" + person.userId()));
        settle.await(Duration.ofSeconds(20));
        return TestMailServer.awaitTo(person.email(), 1).get(0);
    }
}
