package org.powerpartnership.notification;

import java.util.Locale;

import org.powerpartnership.accountability.Commitment;
import org.powerpartnership.accountability.CommitmentService;
import org.powerpartnership.accountability.CommitmentUpdated;
import org.powerpartnership.accountability.CouncilResponsePublished;
import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.shared.CouncilTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people who follow a consultation (and confirmed their address) when the council publishes its response
 * and whenever one of its commitments changes, with a link to the public record. Participants who asked to hear
 * back are told of the response by {@link HearBackNotifications}; a follower is told under their own follower id.
 */
@Component
class FollowerNotifications {

    static final String PUBLIC_PATH = "/have-your-say/";
    static final String RECORD_PATH = "/record/";

    private final Notices notices;
    private final Followers followers;
    private final ConsultationService consultations;
    private final CommitmentService commitments;
    private final MailTexts texts;

    FollowerNotifications(Notices notices, Followers followers, ConsultationService consultations,
                          CommitmentService commitments, MailTexts texts) {
        this.notices = notices;
        this.followers = followers;
        this.consultations = consultations;
        this.commitments = commitments;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void responsePublished(CouncilResponsePublished event) {
        Consultation consultation = consultations.get(event.consultationId());
        String path = PUBLIC_PATH + consultation.ref();
        for (Recipient follower : followers.confirmedOf(consultation.id())) {
            notices.tell(follower, NoticeKind.RESPONSE_PUBLISHED, "response-published:" + consultation.id(),
                    consultation.id(), path, language -> new MailText(
                            texts.text(language, "mail.followerResponse.subject", consultation.title()),
                            texts.text(language, "mail.followerResponse.body", consultation.title(),
                                    texts.link(path))));
        }
    }

    @ApplicationModuleListener
    void commitmentUpdated(CommitmentUpdated event) {
        Consultation consultation = consultations.get(event.consultationId());
        Commitment commitment = commitments.get(event.commitmentId());
        String path = RECORD_PATH + consultation.ref();
        for (Recipient follower : followers.confirmedOf(consultation.id())) {
            notices.tell(follower, NoticeKind.COMMITMENT_UPDATED, "commitment-updated:" + event.updateId(),
                    consultation.id(), path, language -> new MailText(
                            texts.text(language, "mail.commitmentUpdated.subject", consultation.title()),
                            texts.text(language, "mail.commitmentUpdated.body", consultation.title(),
                                    commitment.description(), whatChanged(event, language), texts.link(path))));
        }
    }

    private String whatChanged(CommitmentUpdated event, Locale language) {
        return switch (event.change()) {
            case CommitmentUpdated.PROGRESS -> texts.text(language, "mail.commitmentUpdated.progress");
            case CommitmentUpdated.DUE_DATE -> texts.text(language, "mail.commitmentUpdated.dueOn",
                    CouncilTime.date(event.dueOn(), language));
            default -> texts.text(language, "mail.commitmentUpdated.status",
                    texts.text(language, "mail.commitmentStatus." + event.status()));
        };
    }
}
