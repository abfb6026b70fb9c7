package org.powerpartnership.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.StageKey;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.support.Cycle;
import org.powerpartnership.support.EngineTime;
import org.powerpartnership.support.IntegrationTest;
import org.powerpartnership.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/** Mail over real SMTP (GreenMail): the panel hears when a sign-off opens and before its deadline, the team when it closes. */
@IntegrationTest
class PanelMailIT {

    @Autowired
    Cycle cycle;
    @Autowired
    EngineTime time;
    @Autowired
    SignOffService signOff;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MailsSettle settle;
    @Value("${powerpartnership.base-url}")
    String baseUrl;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    /** What has arrived for this address once every mail posted so far has left (mails leave in the background). */
    private List<MimeMessage> delivered(String address) {
        settle.await(Duration.ofSeconds(20));
        return TestMailServer.to(address);
    }

    @Test
    void every_voter_is_asked_to_sign_off_when_a_gate_opens_with_a_link_to_its_review_and_nobody_else_is() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);

        for (SignedInUser member : cast.panel()) {
            List<MimeMessage> mails = delivered(member.email());
            assertThat(mails).as("mails to %s", member.email()).hasSize(1);
            assertThat(TestMailServer.subject(mails.get(0))).startsWith("Please sign off: 1. Early engagement of");
            assertThat(TestMailServer.body(mails.get(0)))
                    .contains("Dear " + member.displayName())
                    .contains(baseUrl + "/panel/review/" + gate.id());
        }
        // the team and the sponsor hear of their own work, not of the panel's
        for (SignedInUser other : List.of(cast.lead(), cast.sponsor())) {
            assertThat(delivered(other.email())).extracting(TestMailServer::subject)
                    .noneMatch(subject -> subject.startsWith("Please sign off"));
        }
    }

    @Test
    void voters_who_have_not_voted_are_reminded_before_the_deadline_and_those_who_voted_are_not() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        SignedInUser voted = cast.panel().get(0);
        cycle.complete(voted, cycle.open(consultation, "Task_VoteOnStage").stream()
                .filter(item -> voted.userId().equals(item.assignee())).findFirst().orElseThrow(),
                Map.of("decision", "approve"));

        // Ten days to vote, a reminder two days before the deadline.
        time.advance(Duration.ofDays(8).plusHours(1), consultation.processInstanceId());

        for (SignedInUser member : cast.panel().subList(1, 3)) {
            List<MimeMessage> mails = delivered(member.email());
            assertThat(mails).extracting(TestMailServer::subject)
                    .anySatisfy(subject -> assertThat(subject).startsWith("Reminder: your vote on 1. Early engagement"));
            assertThat(mails).extracting(TestMailServer::body)
                    .anySatisfy(body -> assertThat(body).contains(baseUrl + "/panel/review/" + gate.id()));
        }
        assertThat(delivered(voted.email())).extracting(TestMailServer::subject)
                .noneSatisfy(subject -> assertThat(subject).startsWith("Reminder"));
    }

    @Test
    void the_team_and_the_panel_are_told_when_a_gate_closes() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = openFirstGate(cast);
        Gate gate = signOff.gatesOf(consultation.id()).get(0);
        cycle.open(consultation, "Task_VoteOnStage").stream().limit(2)
                .forEach(item -> cycle.complete(cast, item, Map.of("decision", "approve")));
        assertThat(signOff.gate(gate.id()).outcome()).isEqualTo(Gate.APPROVED);

        for (SignedInUser person : List.of(cast.lead(), cast.deputy(), cast.panel().get(2))) {
            assertThat(delivered(person.email())).extracting(TestMailServer::subject)
                    .as("mails to %s", person.email())
                    .contains("Sign-off closed (signed off): 1. Early engagement of “Parks and play spaces in Riverside”");
        }
        assertThat(delivered(cast.lead().email())).extracting(TestMailServer::body)
                .anySatisfy(body -> assertThat(body).contains("2 approved and 0 returned")
                        .contains(baseUrl + "/panel/review/" + gate.id()));
    }

    @Test
    void a_change_that_rolls_back_sends_nothing() {
        Cycle.Cast cast = cycle.cast(3);
        Consultation consultation = cycle.launch(cast, false);
        transactions.executeWithoutResult(status -> {
            signOff.open(consultation.id(), StageKey.EARLY_ENGAGEMENT, consultation.processInstanceId());
            status.setRollbackOnly();
        });
        assertThat(signOff.gatesOf(consultation.id())).isEmpty();
        for (SignedInUser member : cast.panel()) {
            assertThat(delivered(member.email())).isEmpty();
        }
    }

    /** Co-design and the agreed question and methods complete early engagement: its gate opens. */
    private Consultation openFirstGate(Cycle.Cast cast) {
        Consultation consultation = cycle.launch(cast, false);
        cycle.completeAll(cast, consultation, Set.of("Task_VoteOnStage"), null);
        assertThat(cycle.open(consultation, "Task_VoteOnStage")).hasSize(3);
        return consultation;
    }
}
