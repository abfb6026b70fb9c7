package org.powerpartnership.notification;

import org.powerpartnership.shared.CouncilTime;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.powerpartnership.accountability.Gate;
import org.powerpartnership.accountability.GateClosed;
import org.powerpartnership.accountability.GateOpened;
import org.powerpartnership.accountability.PanelMemberSteppedDown;
import org.powerpartnership.accountability.SubstituteAppointed;
import org.powerpartnership.accountability.SignOffService;
import org.powerpartnership.accountability.VoteReminderDue;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Member;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about sign-offs: the voters when a gate opens (work offered to them) and when their vote is due soon,
 * the team and the panel when it closes. Every notice links to the stage review page. The listeners run after the
 * change commits, from the event publication registry, so a crash before they finish calls them again; the notice
 * keys make that harmless.
 */
@Component
class PanelNotifications {

    static final String REVIEW_PATH = "/panel/review/";
    static final String PANEL_PATH = "/panel";
    static final String SPONSOR_PATH = "/sponsor";

    private final Notices notices;
    private final Recipients recipients;
    private final SignOffService signOff;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final MailTexts texts;

    PanelNotifications(Notices notices, Recipients recipients, SignOffService signOff,
                       ConsultationService consultations, Memberships memberships, MailTexts texts) {
        this.notices = notices;
        this.recipients = recipients;
        this.signOff = signOff;
        this.consultations = consultations;
        this.memberships = memberships;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void gateOpened(GateOpened event) {
        Gate gate = signOff.gate(event.gateId());
        Consultation consultation = consultations.get(event.consultationId());
        for (String voter : event.voterIds()) {
            String name = recipients.nameOf(voter);
            recipients.account(voter).ifPresent(to -> notices.tell(to, NoticeKind.WORK_OFFERED,
                    "gate-opened:" + gate.id(), consultation.id(), REVIEW_PATH + gate.id(), language -> new MailText(
                            texts.text(language, "mail.gateOpened.subject", stage(language, event.stage()),
                                    consultation.title()),
                            texts.text(language, "mail.gateOpened.body", name, stage(language, event.stage()),
                                    consultation.title(), gate.round(), when(gate.deadlineAt(), language),
                                    reviewLink(gate.id())))));
        }
    }

    @ApplicationModuleListener
    void voteDueSoon(VoteReminderDue event) {
        Gate gate = signOff.gate(event.gateId());
        if (!gate.isOpen() || signOff.voteOf(gate.id(), event.voterId()).isPresent()) {
            return;
        }
        Consultation consultation = consultations.get(event.consultationId());
        String name = recipients.nameOf(event.voterId());
        String stage = gate.stage().name();
        recipients.account(event.voterId()).ifPresent(to -> notices.tell(to, NoticeKind.REMINDER,
                "vote-due:" + gate.id(), consultation.id(), REVIEW_PATH + gate.id(), language -> new MailText(
                        texts.text(language, "mail.voteReminder.subject", stage(language, stage), consultation.title(),
                                when(gate.deadlineAt(), language)),
                        texts.text(language, "mail.voteReminder.body", name, stage(language, stage),
                                consultation.title(), when(gate.deadlineAt(), language), reviewLink(gate.id())))));
    }

    @ApplicationModuleListener
    void gateClosed(GateClosed event) {
        Gate gate = signOff.gate(event.gateId());
        Consultation consultation = consultations.get(event.consultationId());
        var tally = signOff.tally(gate.id());
        Set<String> people = new LinkedHashSet<>();
        for (Member member : memberships.of(event.consultationId())) {
            if (member.role().isTeam() || member.role() == MemberRole.PANEL) {
                people.add(member.userId());
            }
        }
        for (String person : people) {
            String name = recipients.nameOf(person);
            recipients.account(person).ifPresent(to -> notices.tell(to, NoticeKind.STAGE_DECIDED,
                    "gate-closed:" + gate.id(), consultation.id(), REVIEW_PATH + gate.id(), language -> {
                        String stage = stage(language, event.stage());
                        String outcome = texts.text(language, "mail.outcome." + event.outcome());
                        return new MailText(
                                texts.text(language, "mail.gateClosed.subject", stage, consultation.title(), outcome),
                                texts.text(language, "mail.gateClosed.body", name, stage, consultation.title(),
                                        outcome, tally.approvals(), tally.returns(), tally.eligible(),
                                        reviewLink(gate.id())));
                    }));
        }
    }

    /** A substitute is told they are on the panel now, and where their sign-offs wait. */
    @ApplicationModuleListener
    void substituteAppointed(SubstituteAppointed event) {
        Consultation consultation = consultations.get(event.consultationId());
        String name = recipients.nameOf(event.userId());
        recipients.account(event.userId()).ifPresent(to -> notices.tell(to, NoticeKind.WORK_OFFERED,
                "panel-appointed:" + consultation.id() + ":" + event.userId(), consultation.id(), PANEL_PATH,
                language -> new MailText(
                        texts.text(language, "mail.substituteAppointed.subject", consultation.title()),
                        texts.text(language, "mail.substituteAppointed.body", name, consultation.title(),
                                texts.link(PANEL_PATH)))));
    }

    /** The sponsor hears when a member steps down and too few remain: the panel needs settling. */
    @ApplicationModuleListener
    void memberSteppedDown(PanelMemberSteppedDown event) {
        if (!event.panelShort()) {
            return;
        }
        Consultation consultation = consultations.get(event.consultationId());
        for (String sponsor : memberships.userIds(consultation.id(), MemberRole.SPONSOR)) {
            String name = recipients.nameOf(sponsor);
            recipients.account(sponsor).ifPresent(to -> notices.tell(to, NoticeKind.ESCALATION,
                    "panel-short:" + consultation.id() + ":" + event.userId(), consultation.id(), SPONSOR_PATH,
                    language -> new MailText(
                            texts.text(language, "mail.panelShort.subject", consultation.title()),
                            texts.text(language, "mail.panelShort.body", name, consultation.title(),
                                    texts.link(SPONSOR_PATH)))));
        }
    }

    String reviewLink(long gateId) {
        return texts.link(REVIEW_PATH + gateId);
    }

    private String stage(Locale language, String stage) {
        return texts.text(language, "stage." + stage);
    }

    private static String when(Instant instant, Locale language) {
        return CouncilTime.dayDateTime(instant, language);
    }
}
