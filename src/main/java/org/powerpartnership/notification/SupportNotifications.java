package org.powerpartnership.notification;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.participation.Adjustment;
import org.powerpartnership.participation.AdjustmentAnswered;
import org.powerpartnership.participation.AdjustmentService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a resident the team's answer to their request for support (arranged, an alternative, or declined), with the
 * team's message to them and a link to their requests.
 */
@Component
class SupportNotifications {

    static final String SUPPORT_PATH = "/support";

    private final Notices notices;
    private final Recipients recipients;
    private final AdjustmentService adjustments;
    private final ConsultationService consultations;
    private final MailTexts texts;

    SupportNotifications(Notices notices, Recipients recipients, AdjustmentService adjustments,
                         ConsultationService consultations, MailTexts texts) {
        this.notices = notices;
        this.recipients = recipients;
        this.adjustments = adjustments;
        this.consultations = consultations;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void adjustmentAnswered(AdjustmentAnswered event) {
        Adjustment adjustment = adjustments.get(event.adjustmentId());
        Consultation consultation = consultations.get(event.consultationId());
        String name = recipients.nameOf(event.requesterId());
        String message = adjustment.message() == null || adjustment.message().isBlank() ? null
                : adjustment.message().strip();
        recipients.account(event.requesterId()).ifPresent(to -> notices.tell(to, NoticeKind.SUPPORT_ANSWERED,
                "support-answered:" + adjustment.id(), consultation.id(), SUPPORT_PATH, language -> new MailText(
                        texts.text(language, "mail.supportAnswered.subject", consultation.title()),
                        texts.text(language, "mail.supportAnswered.body", name, consultation.title(),
                                texts.text(language, "mail.supportAnswered.outcome." + event.outcome()),
                                message == null ? "" : texts.text(language, "mail.supportAnswered.message", message),
                                texts.link(SUPPORT_PATH)))));
    }
}
