package org.powerpartnership.notification;

import org.powerpartnership.accountability.CouncilResponsePublished;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.participation.HearBack;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Tells everyone who took part and asked to hear back that the council's response is published: one mail each, in
 * the language they chose, with the consultation's title and a link to its public page. The notice and the mark "told"
 * are written in one transaction, and the notice key makes a second run harmless; an address given on paper or to a
 * partner moves from the hear-back request to the notice, which is deleted with the rest of that person's data.
 */
@Component
class HearBackNotifications {

    static final String PUBLIC_PATH = "/have-your-say/";

    private final Notices notices;
    private final HearBack hearBack;
    private final ConsultationService consultations;
    private final MailTexts texts;

    HearBackNotifications(Notices notices, HearBack hearBack, ConsultationService consultations, MailTexts texts) {
        this.notices = notices;
        this.hearBack = hearBack;
        this.consultations = consultations;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void responsePublished(CouncilResponsePublished event) {
        Consultation consultation = consultations.get(event.consultationId());
        String path = PUBLIC_PATH + consultation.ref();
        for (HearBack.Waiting person : hearBack.waitingFor(consultation.id())) {
            Recipient to = person.userId() != null ? Recipient.account(person.userId(), person.language())
                    : Recipient.withoutAccount("hear-back:" + person.id(), person.email(), person.language());
            if (to.hasAccount() || (to.address() != null && !to.address().isBlank())) {
                notices.tell(to, NoticeKind.RESPONSE_PUBLISHED, "response-published:" + consultation.id(),
                        consultation.id(), path, language -> new MailText(
                                texts.text(language, "mail.hearBack.subject", consultation.title()),
                                texts.text(language, "mail.hearBack.body", consultation.title(), texts.link(path))));
            }
            hearBack.markTold(person.id());
        }
    }
}
