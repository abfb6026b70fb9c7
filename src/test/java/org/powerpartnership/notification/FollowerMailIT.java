package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentLifecycle;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CouncilResponsePublished;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.shared.CouncilTime;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.ResponseDrafting;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People who follow a consultation by email, over real SMTP (GreenMail): those who confirmed their address hear of
 * every change to its commitments and of the council's response, in the language they followed in, with the link to
 * the public page; an address never confirmed hears nothing, and nobody hears twice.
 */
@IntegrationTest
class FollowerMailIT {

    @Autowired
    Cycle cycle;
    @Autowired
    ResponseDrafting drafting;
    @Autowired
    CommitmentService commitments;
    @Autowired
    CommitmentLifecycle lifecycle;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    MailsSettle settle;
    @Value("${powerpartnership.base-url}")
    String baseUrl;

    @Test
    void confirmed_followers_hear_of_each_commitment_change_and_of_the_response_once_in_their_language() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        String ref = consultation.ref().toLowerCase(Locale.ROOT);
        String english = follow(consultation, "follows-" + ref + "@example.org", "en", true);
        String welsh = follow(consultation, "dilyn-" + ref + "@example.org", "cy", true);
        String unconfirmed = follow(consultation, "not-confirmed-" + ref + "@example.org", "en", false);

        Commitment commitment = drafting.commit(cast.lead(), consultation.id(), "Open the park toilets until 7pm",
                "Parks manager", LocalDate.now(clock).plusMonths(8));
        commitments.reportProgress(cast.lead(), commitment.id(), "The new opening hours start next month.", false);
        LocalDate later = commitment.dueOn().plusMonths(2);
        lifecycle.extendDueDate(cast.sponsor(), commitment.id(), later, "The contractor needs two more months.");

        String record = baseUrl + "/record/" + consultation.ref();
        assertThat(delivered(english)).extracting(TestMailServer::subject).containsExactly(
                "A commitment has changed: “" + consultation.title() + "”",
                "A commitment has changed: “" + consultation.title() + "”");
        // Two listener threads: the two changes may be mailed in either order.
        assertThat(delivered(english)).extracting(TestMailServer::body).satisfiesExactlyInAnyOrder(
                progress -> assertThat(progress).contains("Open the park toilets until 7pm",
                        "the team reported progress", record),
                extended -> assertThat(extended).contains("it is now due by " + CouncilTime.date(later, Locale.UK),
                        record));
        assertThat(delivered(welsh)).extracting(TestMailServer::body).satisfiesExactlyInAnyOrder(
                progress -> assertThat(progress).contains("Rydych chi’n dilyn", "mae’r tîm wedi rhoi gwybod am gynnydd",
                        record),
                extended -> assertThat(extended).contains("mae bellach i’w gyflawni erbyn "
                        + CouncilTime.date(later, Locale.forLanguageTag("cy")), record));

        publish(consultation);
        settle.await(Duration.ofSeconds(20));
        publish(consultation);
        String page = baseUrl + "/have-your-say/" + consultation.ref();
        assertThat(delivered(english)).hasSize(3).last().satisfies(mail -> {
            assertThat(TestMailServer.subject(mail)).isEqualTo("The council has responded: “" + consultation.title() + "”");
            assertThat(TestMailServer.body(mail)).contains("You follow", page);
        });
        assertThat(delivered(welsh)).hasSize(3).last().satisfies(mail ->
                assertThat(TestMailServer.subject(mail)).startsWith("Mae’r cyngor wedi ymateb"));
        assertThat(delivered(unconfirmed)).isEmpty();
        assertThat(delivered(english)).extracting(TestMailServer::body)
                .allSatisfy(body -> assertThat(body).doesNotContain(cast.lead().email(), welsh));
    }

    private String follow(Consultation consultation, String email, String language, boolean confirmed) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into consultation_follower (consultation_id, email, language, token_hash, created_at, "
                        + "confirmed_at) values (?, ?, ?, ?, ?, ?)")
                .params(consultation.id(), email, language, "0".repeat(64), now, confirmed ? now : null).update();
        return email;
    }

    private void publish(Consultation consultation) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new CouncilResponsePublished(consultation.id(), clock.instant())));
    }

    private List<MimeMessage> delivered(String address) {
        settle.await(Duration.ofSeconds(20));
        return TestMailServer.to(address);
    }
}
