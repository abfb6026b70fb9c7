package org.powerpartnership.notification;

import java.util.ArrayList;
import java.util.List;

import org.powerpartnership.consultation.Consultation;
import org.powerpartnership.consultation.ConsultationService;
import org.powerpartnership.consultation.TaskReminderDue;
import org.powerpartnership.shared.CouncilTime;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reminds the people whose work it is (the person it is given to, or its group in the consultation) that a task is
 * due soon, and again once it is overdue, with the date and a link to where it is done. The sponsor hears of overdue
 * work separately, as an escalation.
 */
@Component
class ReminderNotifications {

    private final Notices notices;
    private final Recipients recipients;
    private final TaskPeople taskPeople;
    private final ConsultationService consultations;
    private final MailTexts texts;

    ReminderNotifications(Notices notices, Recipients recipients, TaskPeople taskPeople,
                          ConsultationService consultations, MailTexts texts) {
        this.notices = notices;
        this.recipients = recipients;
        this.taskPeople = taskPeople;
        this.consultations = consultations;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void taskReminderDue(TaskReminderDue event) {
        // work outside a consultation goes to every officer's inbox, not their mail (see WorkNotifications)
        if (event.consultationId() == null) {
            return;
        }
        Consultation consultation = consultations.get(event.consultationId());
        List<String> groups = new ArrayList<>();
        if (event.candidateGroup() != null) {
            groups.add(event.candidateGroup());
        }
        String path = TaskPeople.linkOf(event.taskId(), groups);
        String kind = event.overdue() ? "taskOverdue" : "taskReminder";
        for (String person : taskPeople.of(event.assignee(), List.of(), groups)) {
            String name = recipients.nameOf(person);
            recipients.account(person).ifPresent(to -> notices.tell(to, NoticeKind.REMINDER,
                    kind + ":" + event.taskId(), consultation.id(), path, language -> {
                        String due = event.dueAt() == null ? "" : CouncilTime.date(event.dueAt(), language);
                        return new MailText(
                                texts.text(language, "mail." + kind + ".subject", event.taskName(),
                                        consultation.title(), due),
                                texts.text(language, "mail." + kind + ".body", name, event.taskName(),
                                        consultation.title(), due, texts.link(path)));
                    }));
        }
    }
}
