package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.CouncilResponsePublished;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.network.PartnerWorkspace;
import org.powerpartnership.participation.AssistedResponse;
import org.powerpartnership.participation.HearBackRequest;
import org.powerpartnership.participation.ParticipationService;
import org.powerpartnership.participation.ResidentTasks;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestAccounts;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Participants who asked to hear back are told, over real SMTP (GreenMail), when the council's response is
 * published: online, with a partner's help and on paper; each once, in their language, with the public page's link.
 */
@IntegrationTest
class HearBackMailIT {

    static final Map<String, Object> ANSWERS = Map.of("agreement", "agree",
            "whatMattersMost", "Safe paths and lights near the play area.");

    @Autowired
    Cycle cycle;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ResidentTasks tasks;
    @Autowired
    ParticipationService participation;
    @Autowired
    PartnerWorkspace partners;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MailsSettle settle;
    @Autowired
    JdbcClient jdbc;
    @Value("${powerpartnership.base-url}")
    String baseUrl;

    @Test
    void everyone_who_asked_is_told_once_in_their_language_with_the_link_and_nobody_else_is() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of(), null);

        SignedInUser asked = accounts.open(Roles.RESIDENT);
        SignedInUser didNotAsk = accounts.open(Roles.RESIDENT);
        tasks.submitSurvey(asked, consultation.id(), ANSWERS, HearBackRequest.forAccount(true, "en"));
        tasks.submitSurvey(didNotAsk, consultation.id(), ANSWERS, HearBackRequest.forAccount(false, "en"));

        String welshSpeaker = "cymraeg-" + consultation.ref().toLowerCase() + "@example.org";
        partners.enterAssistedResponse(cast.partner(), consultation.id(), ANSWERS,
                new AssistedResponse("Ll", true, "They agreed.", "assist-" + consultation.ref()),
                HearBackRequest.byEmail(welshSpeaker, true, "cy", "Cytunodd y person."));
        String onPaper = "Paper-" + consultation.ref().toLowerCase() + "@Example.org";
        participation.enterOnBehalf(cast.lead(), consultation.id(), ANSWERS, "paper", "paper-" + consultation.ref(),
                HearBackRequest.byEmail(onPaper, true, "en", "The person agreed."));
        participation.enterOnBehalf(cast.lead(), consultation.id(), ANSWERS, "paper",
                "paper-none-" + consultation.ref());

        publish(consultation);

        String link = baseUrl + "/have-your-say/" + consultation.ref();
        List<MimeMessage> toResident = delivered(asked.email());
        assertThat(toResident).hasSize(1);
        assertThat(TestMailServer.subject(toResident.get(0)))
                .isEqualTo("The council has responded: “" + consultation.title() + "”");
        assertThat(TestMailServer.body(toResident.get(0))).contains(consultation.title(), link);

        List<MimeMessage> toWelshSpeaker = delivered(welshSpeaker);
        assertThat(toWelshSpeaker).hasSize(1);
        assertThat(TestMailServer.subject(toWelshSpeaker.get(0))).startsWith("Mae’r cyngor wedi ymateb");
        assertThat(TestMailServer.body(toWelshSpeaker.get(0))).contains("Helo", consultation.title(), link);

        List<MimeMessage> toPaper = delivered(onPaper);
        assertThat(toPaper).hasSize(1);
        assertThat(TestMailServer.body(toPaper.get(0))).contains("Hello", link);

        assertThat(delivered(didNotAsk.email())).isEmpty();
        assertThat(jdbc.sql("select count(*) from hear_back where consultation_id = ? and email is not null")
                .param(consultation.id()).query(Long.class).single())
                .as("the addresses given on their behalf are deleted once they are told").isZero();

        publish(consultation);
        assertThat(delivered(asked.email())).as("a second publication tells nobody twice").hasSize(1);
        assertThat(delivered(welshSpeaker)).hasSize(1);
        assertThat(delivered(onPaper)).hasSize(1);
    }

    private void publish(Consultation consultation) {
        transactions.executeWithoutResult(status -> events.publishEvent(
                new CouncilResponsePublished(consultation.id(), java.time.Instant.now())));
    }

    /** What has arrived for this address once every mail posted so far has left (mails leave in the background). */
    private List<MimeMessage> delivered(String address) {
        settle.await(Duration.ofSeconds(20));
        return TestMailServer.to(address);
    }
}
