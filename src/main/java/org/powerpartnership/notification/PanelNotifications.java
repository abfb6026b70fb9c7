package org.powerpartnership.notification;

import org.powerpartnership.shared.CouncilTime;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.GateClosed;
import org.powerpartnership.accountability.GateOpened;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.VoteReminderDue;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Member;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.identity.AccountService;
import org.powerpartnership.identity.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people about sign-offs, once the change is committed: the voters when a gate opens and when their vote is
 * due soon, the team and the panel when it closes. Every mail links to the stage review page. The mails are written
 * and sent on the postbox's thread, after the commit, so nobody's click waits for them.
 */
@Component
class PanelNotifications {

    static final String REVIEW_PATH = "/panel/review/";

    private final Postbox postbox;
    private final SignOffService signOff;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final AccountService accounts;
    private final Clock clock;
    private final MailTexts texts;

    PanelNotifications(Postbox postbox, SignOffService signOff, ConsultationService consultations,
                       Memberships memberships, AccountService accounts, Clock clock, MailTexts texts) {
        this.postbox = postbox;
        this.signOff = signOff;
        this.consultations = consultations;
        this.memberships = memberships;
        this.accounts = accounts;
        this.clock = clock;
        this.texts = texts;
    }

    @TransactionalEventListener
    void gateOpened(GateOpened event) {
        postbox.compose(() -> gateOpenedNow(event));
    }

    private void gateOpenedNow(GateOpened event) {
        Gate gate = signOff.gate(event.gateId());
        Consultation consultation = consultations.get(event.consultationId());
        String stage = text("stage." + event.stage());
        for (String voter : event.voterIds()) {
            send(voter, text("mail.gateOpened.subject", stage, consultation.title()),
                    text("mail.gateOpened.body", name(voter), stage, consultation.title(), gate.round(),
                            when(gate.deadlineAt()), reviewLink(gate.id())));
        }
    }

    @TransactionalEventListener
    void voteDueSoon(VoteReminderDue event) {
        postbox.compose(() -> voteDueSoonNow(event));
    }

    private void voteDueSoonNow(VoteReminderDue event) {
        Gate gate = signOff.gate(event.gateId());
        if (!gate.isOpen() || signOff.voteOf(gate.id(), event.voterId()).isPresent()) {
            return;
        }
        Consultation consultation = consultations.get(event.consultationId());
        String stage = text("stage." + gate.stage().name());
        send(event.voterId(), text("mail.voteReminder.subject", stage, consultation.title(), when(gate.deadlineAt())),
                text("mail.voteReminder.body", name(event.voterId()), stage, consultation.title(),
                        when(gate.deadlineAt()), reviewLink(gate.id())));
    }

    @TransactionalEventListener
    void gateClosed(GateClosed event) {
        postbox.compose(() -> gateClosedNow(event));
    }

    private void gateClosedNow(GateClosed event) {
        Gate gate = signOff.gate(event.gateId());
        Consultation consultation = consultations.get(event.consultationId());
        String stage = text("stage." + event.stage());
        String outcome = text("mail.outcome." + event.outcome());
        var tally = signOff.tally(gate.id());
        Set<String> people = new LinkedHashSet<>();
        for (Member member : memberships.of(event.consultationId())) {
            if (member.role().isTeam() || member.role() == MemberRole.PANEL) {
                people.add(member.userId());
            }
        }
        for (String person : people) {
            send(person, text("mail.gateClosed.subject", stage, consultation.title(), outcome),
                    text("mail.gateClosed.body", name(person), stage, consultation.title(), outcome,
                            tally.approvals(), tally.returns(), tally.eligible(), reviewLink(gate.id())));
        }
    }

    private void send(String userId, String subject, String body) {
        Optional<String> email = accounts.person(userId).map(Person::email).filter(address -> !address.isBlank());
        email.ifPresent(address -> postbox.post(new Mail(userId, address, subject, body)));
    }

    private String name(String userId) {
        return accounts.person(userId).map(Person::displayName).orElse("");
    }

    String reviewLink(long gateId) {
        return texts.link(REVIEW_PATH + gateId);
    }

    private String when(Instant instant) {
        return CouncilTime.dayDateTime(instant, Locale.UK);
    }

    private String text(String key, Object... args) {
        return texts.text(key, args);
    }
}
