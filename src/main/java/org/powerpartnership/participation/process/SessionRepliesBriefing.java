package org.powerpartnership.participation.process;

import java.util.List;

import org.powerpartnership.participation.EvidencePacks;
import org.powerpartnership.participation.SessionReplies;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkItemBriefing;
import org.springframework.stereotype.Component;

/** Before recording the session, the team sees how many jurors said they would come, and how many need help. */
@Component
class SessionRepliesBriefing implements WorkItemBriefing {

    private final SessionReplies replies;

    SessionRepliesBriefing(SessionReplies replies) {
        this.replies = replies;
    }

    @Override
    public List<Note> notesFor(WorkItem item) {
        if (!EvidencePacks.SESSION_FORM.equals(item.formRef()) || item.consultationId() == null) {
            return List.of();
        }
        SessionReplies.Counts counts = replies.of(item.consultationId());
        return List.of(new Note("briefing.sessionReplies", List.of(counts.coming(), counts.comingWithSupport(),
                counts.notComing(), counts.noReply()), List.of()));
    }
}
