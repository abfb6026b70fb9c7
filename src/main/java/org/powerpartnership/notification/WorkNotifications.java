package org.powerpartnership.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationLaunched;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.Member;
import org.powerpartnership.consultation.MemberRole;
import org.powerpartnership.consultation.Memberships;
import org.powerpartnership.shared.CouncilTime;
import org.powerpartnership.workflow.WorkOffered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about work offered to them: each new task (co-design, a partner role, a juror's task, the team's
 * own work) to the person it is given to or the people of its group in that consultation, with a link to where it is
 * done; and, at launch, the rest of the team and the sponsor that they are on it. One notice per task and person:
 * someone told as one of a group is not told again when they claim the task.
 */
@Component
class WorkNotifications {

    /** Panel votes: the panel hears of them when the sign-off opens ({@link PanelNotifications}), not per task. */
    static final Set<String> TOLD_ELSEWHERE = Set.of("Task_VoteOnStage");
    static final String MY_WORK_PATH = "/my-work";
    static final String SPONSOR_PATH = "/sponsor";

    private final Notices notices;
    private final Recipients recipients;
    private final TaskPeople taskPeople;
    private final ConsultationService consultations;
    private final Memberships memberships;
    private final MailTexts texts;

    WorkNotifications(Notices notices, Recipients recipients, TaskPeople taskPeople,
                      ConsultationService consultations, Memberships memberships, MailTexts texts) {
        this.notices = notices;
        this.recipients = recipients;
        this.taskPeople = taskPeople;
        this.consultations = consultations;
        this.memberships = memberships;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void workOffered(WorkOffered event) {
        // work outside a consultation (an organisation's application) goes to every officer's inbox, not their mail
        if (event.consultationId() == null || TOLD_ELSEWHERE.contains(event.taskKey())) {
            return;
        }
        Consultation consultation = consultations.get(event.consultationId());
        List<String> people = taskPeople.of(event.assignee(), event.candidateUsers(), event.candidateGroups());
        boolean shared = event.assignee() == null && people.size() > 1;
        String path = TaskPeople.linkOf(event.taskId(), event.candidateGroups());
        for (String person : people) {
            String name = recipients.nameOf(person);
            recipients.account(person).ifPresent(to -> notices.tell(to, NoticeKind.WORK_OFFERED,
                    "work-offered:" + event.taskId(), consultation.id(), path, language -> new MailText(
                            texts.text(language, "mail.workOffered.subject", event.taskName(), consultation.title()),
                            texts.text(language, "mail.workOffered.body", name, consultation.title(),
                                    event.taskName(), due(event.dueAt(), language),
                                    shared ? texts.text(language, "mail.workOffered.shared") : "",
                                    texts.link(path)))));
        }
    }

    @ApplicationModuleListener
    void consultationLaunched(ConsultationLaunched event) {
        Consultation consultation = consultations.get(event.consultationId());
        for (Member member : memberships.of(event.consultationId())) {
            boolean told = member.role().isTeam() || member.role() == MemberRole.SPONSOR;
            if (!told || member.userId().equals(event.launchedBy())) {
                continue;
            }
            String name = recipients.nameOf(member.userId());
            String path = member.role() == MemberRole.SPONSOR ? SPONSOR_PATH : MY_WORK_PATH;
            recipients.account(member.userId()).ifPresent(to -> notices.tell(to, NoticeKind.WORK_OFFERED,
                    "on-team:" + consultation.id() + ":" + member.role(), consultation.id(), path,
                    language -> new MailText(
                            texts.text(language, "mail.onTeam.subject", consultation.title()),
                            texts.text(language, "mail.onTeam.body", name, consultation.title(),
                                    texts.text(language, "mail.memberRole." + member.role()), texts.link(path)))));
        }
    }

    private String due(Instant dueAt, Locale language) {
        return dueAt == null ? "" : texts.text(language, "mail.workOffered.due", CouncilTime.date(dueAt, language));
    }
}
