package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily summary over real SMTP: notices a person chose to have digested wait for the digest time on the council's
 * clock (07:00 in London), then leave together in one mail in the person's language, each with its subject, text and
 * link, and with a one-click unsubscribe link; nothing leaves before the time and nothing leaves twice.
 */
@IntegrationTest
class DigestMailIT {

    @Autowired
    Notices notices;
    @Autowired
    NoticePreferences preferences;
    @Autowired
    DigestMailer digests;
    @Autowired
    DigestSchedule schedule;
    @Autowired
    TestAccounts accounts;
    @Autowired
    EngineTime time;
    @Autowired
    JdbcClient jdbc;
    @Value("${powerpartnership.base-url}")
    String baseUrl;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void several_digested_notices_leave_as_one_mail_at_the_digest_time_in_london_and_not_before() {
        SignedInUser resident = accounts.open(Roles.RESIDENT);
        preferences.choose(resident.userId(), NoticeKind.STAGE_DECIDED, MailChoice.DIGEST);
        preferences.choose(resident.userId(), NoticeKind.RESPONSE_PUBLISHED, MailChoice.DIGEST);
        Recipient to = Recipient.account(resident.userId(), "en");
        tell(to, NoticeKind.STAGE_DECIDED, "stage-1", "Stage signed off: Early engagement", "The panel approved it.",
                "/panel/review/1");
        tell(to, NoticeKind.STAGE_DECIDED, "stage-2", "Stage returned: Existing networks", "Two members returned it.",
                "/panel/review/2");
        tell(to, NoticeKind.RESPONSE_PUBLISHED, "response", "The council has responded: Parks",
                "Read what the council will do.", "/have-your-say/parks");

        Instant due = dueAt(resident.userId());
        assertThat(due.atZone(ZoneId.of("Europe/London")).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
        time.pass(Duration.between(time.now(), due).minusMinutes(1));
        digests.sendDue();
        assertThat(TestMailServer.to(resident.email())).as("a minute before the digest time").isEmpty();

        time.pass(Duration.ofMinutes(2));
        digests.sendDue();
        digests.sendDue();

        List<MimeMessage> mails = TestMailServer.awaitTo(resident.email(), 1);
        assertThat(mails).as("one mail for three notices, sent once").hasSize(1);
        MimeMessage digest = mails.get(0);
        assertThat(TestMailServer.subject(digest)).isEqualTo("Your daily summary from Power Partnership: 3 notices");
        assertThat(TestMailServer.body(digest))
                .contains("Dear " + resident.displayName())
                .contains("Stage signed off: Early engagement", "The panel approved it.", baseUrl + "/panel/review/1")
                .contains("Stage returned: Existing networks", baseUrl + "/panel/review/2")
                .contains("The council has responded: Parks", baseUrl + "/have-your-say/parks")
                .contains("To stop this daily summary: " + baseUrl + "/unsubscribe/");
        assertThat(TestMailServer.header(digest, "List-Unsubscribe")).startsWith("<" + baseUrl + "/unsubscribe/one-click/");
        assertThat(TestMailServer.header(digest, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(TestMailServer.html(digest)).contains("<a href=\"" + baseUrl + "/panel/review/2\">");
        assertThat(mailStates(resident.userId())).containsOnly(Notices.SENT);
    }

    @Test
    void a_welsh_speaker_gets_the_summary_in_welsh_and_notices_chosen_at_once_are_not_in_it() {
        SignedInUser welsh = accounts.open(Roles.RESIDENT);
        preferences.choose(welsh.userId(), NoticeKind.REMINDER, MailChoice.DIGEST);
        Recipient to = Recipient.account(welsh.userId(), "cy");
        tell(to, NoticeKind.REMINDER, "reminder-1", "Nodyn atgoffa: eich pleidlais", "Pleidleisiwch erbyn dydd Gwener.",
                "/panel/review/7");
        tell(to, NoticeKind.REMINDER, "reminder-2", "Nodyn atgoffa: eich tasg", "Mae eich tasg yn ddyledus.", null);

        time.pass(Duration.between(time.now(), dueAt(welsh.userId())).plusSeconds(1));
        digests.sendDue();

        MimeMessage digest = TestMailServer.awaitTo(welsh.email(), 1).get(0);
        assertThat(TestMailServer.subject(digest)).isEqualTo("Eich crynodeb dyddiol gan Power Partnership: 2 hysbysiad");
        assertThat(TestMailServer.body(digest)).contains("Annwyl " + welsh.displayName(),
                "Nodyn atgoffa: eich pleidlais", "Mae eich tasg yn ddyledus.", "I atal y crynodeb dyddiol hwn:");
    }

    private void tell(Recipient to, NoticeKind kind, String key, String subject, String body, String link) {
        notices.tell(to, kind, "digest-test:" + key, null, link, language -> new MailText(subject, body));
    }

    private Instant dueAt(String recipientId) {
        return jdbc.sql("select max(next_attempt_at) from notice where recipient_id = ?").param(recipientId)
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private List<String> mailStates(String recipientId) {
        return jdbc.sql("select mail_state from notice where recipient_id = ?").param(recipientId)
                .query(String.class).list();
    }
}
