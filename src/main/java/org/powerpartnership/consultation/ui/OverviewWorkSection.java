package org.powerpartnership.consultation.ui;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.powerpartnership.consultation.ConsultationRecords.Overview;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.WorkItem;
import org.powerpartnership.workflow.WorkService;

/** The overview's open and overdue work, soonest due first, with a link to each item the reader may do. */
class OverviewWorkSection extends OverviewSection {

    OverviewWorkSection(Overview overview, WorkService work, SignedInUser user) {
        this(overview, soonestFirst(overview), work, user);
    }

    private OverviewWorkSection(Overview overview, List<WorkItem> open, WorkService work, SignedInUser user) {
        super("overview-work", "overview.work", open.size(), overview.overdueWork().size());
        if (open.isEmpty()) {
            add(new Paragraph(getTranslation("overview.work.none")));
            return;
        }
        Set<String> groups = work.groupsOf(user);
        Instant now = overview.now();
        UnorderedList list = new UnorderedList();
        list.addClassName("pp-plain-list");
        for (WorkItem item : open) {
            ListItem line = new ListItem();
            line.setId("overview-work-" + item.taskId());
            line.addClassName("pp-work-line");
            boolean mine = user.userId().equals(item.assignee())
                    || item.assignee() == null && item.candidateGroup() != null && groups.contains(item.candidateGroup());
            if (mine && user.hasRole(Roles.OFFICER)) {
                Anchor link = new Anchor("work/" + item.taskId(), item.name());
                link.setId("overview-open-" + item.taskId());
                line.add(link);
            } else {
                line.add(new Span(item.name()));
            }
            String who = item.assignee() != null ? getTranslation("overview.work.claimedBy", overview.nameOf(item.assignee()))
                    : getTranslation("overview.work.group." + groupRole(item.candidateGroup()));
            line.add(new Span(" — " + Texts.stage(this, item.stage()) + " · " + who + " · "
                    + (item.dueAt() == null ? getTranslation("myWork.noDueDate")
                    : getTranslation("overview.work.due", Texts.date(this, item.dueAt())))));
            if (item.isOverdue(now)) {
                line.add(new Span(" "), ConsultationOverviewView.badge(getTranslation("myWork.overdueBadge"), "warning"));
            }
            list.add(line);
        }
        add(list);
    }

    /** Open work soonest due first, work without a due date last. */
    private static List<WorkItem> soonestFirst(Overview overview) {
        return overview.openWork().stream()
                .sorted(Comparator.comparing(WorkItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static String groupRole(String group) {
        if (group == null) {
            return "none";
        }
        String role = group.contains(":") ? group.substring(0, group.indexOf(':')) : group;
        // an invited organisation's own work (its role) goes to organisation:<id>, its people
        return Roles.isRole(role) || "organisation".equals(role) ? role : "none";
    }
}
