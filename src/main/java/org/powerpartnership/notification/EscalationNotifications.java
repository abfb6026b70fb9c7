package org.powerpartnership.notification;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.EscalationRaised;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the consultation's sponsor(s) of an escalation (a sign-off past its deadline, overdue work, a commitment
 * overdue or off track), with what it is about and a link to their desk, where they answer it.
 */
@Component
class EscalationNotifications {

    static final String SPONSOR_PATH = "/sponsor";

    private final Notices notices;
    private final Recipients recipients;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final MailTexts texts;

    EscalationNotifications(Notices notices, Recipients recipients, ConsultationService consultations,
                            Memberships memberships, MailTexts texts) {
        this.notices = notices;
        this.recipients = recipients;
        this.consultations = consultations;
        this.memberships = memberships;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void escalationRaised(EscalationRaised event) {
        Consultation consultation = consultations.get(event.consultationId());
        for (String sponsor : memberships.userIds(consultation.id(), MemberRole.SPONSOR)) {
            String name = recipients.nameOf(sponsor);
            recipients.account(sponsor).ifPresent(to -> notices.tell(to, NoticeKind.ESCALATION,
                    "escalation:" + event.escalationId(), consultation.id(), SPONSOR_PATH, language -> {
                        String kind = texts.text(language, "mail.escalation.kind." + event.kind());
                        return new MailText(
                                texts.text(language, "mail.escalation.subject", kind, consultation.title()),
                                texts.text(language, "mail.escalation.body", name, consultation.title(), kind,
                                        event.subject(), texts.link(SPONSOR_PATH)));
                    }));
        }
    }
}
