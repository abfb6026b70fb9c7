package org.powerpartnership.notification;

import java.util.LinkedHashSet;
import java.util.Set;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationPauses;
import org.powerpartnership.consultation.ConsultationResumed;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.consultation.PauseDecided;
import org.powerpartnership.consultation.PauseRequest;
import org.powerpartnership.consultation.PauseRequested;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Pausing and withdrawing a consultation: the sponsor hears of a request (and answers it on their desk); the team
 * hears the decision and, later, that the consultation runs again.
 */
@Component
class PauseNotifications {

    static final String SPONSOR_PATH = "/sponsor";

    private final Notices notices;
    private final Recipients recipients;
    private final ConsultationService consultations;
    private final ConsultationPauses pauses;
    private final Memberships memberships;
    private final MailTexts texts;

    PauseNotifications(Notices notices, Recipients recipients, ConsultationService consultations,
                       ConsultationPauses pauses, Memberships memberships, MailTexts texts) {
        this.notices = notices;
        this.recipients = recipients;
        this.consultations = consultations;
        this.pauses = pauses;
        this.memberships = memberships;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void requested(PauseRequested event) {
        Consultation consultation = consultations.get(event.consultationId());
        PauseRequest request = pauses.find(event.requestId()).orElseThrow();
        String kind = event.kind().name();
        tell(memberships.userIds(consultation.id(), MemberRole.SPONSOR), "pause-requested:" + event.requestId(),
                consultation, SPONSOR_PATH, "mail.pause.requested." + kind, request.reason());
    }

    @ApplicationModuleListener
    void decided(PauseDecided event) {
        Consultation consultation = consultations.get(event.consultationId());
        PauseRequest request = pauses.find(event.requestId()).orElseThrow();
        String note = request.decisionNote() == null ? "" : request.decisionNote();
        tell(team(consultation.id()), "pause-decided:" + event.requestId(), consultation,
                "/consultation/" + consultation.id(),
                "mail.pause." + (event.approved() ? "approved." : "refused.") + event.kind().name(), note);
    }

    @ApplicationModuleListener
    void resumed(ConsultationResumed event) {
        Consultation consultation = consultations.get(event.consultationId());
        Set<String> people = team(consultation.id());
        people.addAll(memberships.userIds(consultation.id(), MemberRole.SPONSOR));
        tell(people, "pause-resumed:" + event.requestId(), consultation, "/consultation/" + consultation.id(),
                "mail.pause.resumed", "");
    }

    private Set<String> team(long consultationId) {
        Set<String> team = new LinkedHashSet<>();
        memberships.of(consultationId).stream().filter(member -> member.role().isTeam())
                .forEach(member -> team.add(member.userId()));
        return team;
    }

    /** One notice per person, worded from {@code <keyPrefix>.subject} and {@code <keyPrefix>.body}. */
    private void tell(Iterable<String> userIds, String key, Consultation consultation, String path, String keyPrefix,
                      String why) {
        for (String userId : userIds) {
            String name = recipients.nameOf(userId);
            recipients.account(userId).ifPresent(to -> notices.tell(to, NoticeKind.PAUSE_OR_WITHDRAWAL, key,
                    consultation.id(), path, language -> new MailText(
                            texts.text(language, keyPrefix + ".subject", consultation.title()),
                            texts.text(language, keyPrefix + ".body", name, consultation.title(), why,
                                    texts.link(path)))));
        }
    }
}
