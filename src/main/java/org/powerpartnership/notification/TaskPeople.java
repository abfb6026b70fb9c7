package org.powerpartnership.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.powerpartnership.shared.Roles;
import org.powerpartnership.workflow.WorkService;
import org.springframework.stereotype.Component;

/**
 * Whom a task concerns: the person it is given to, or else everyone it is offered to, that is the people named on
 * it and the members of its groups (a consultation's team, panel, partners or sponsor, or an organisation's people).
 * A role-wide group (every officer of the council) has no members here: such work is found in the inbox, not mailed
 * to everyone holding the role. Also where the task is done: residents in "My tasks", everyone else on its work page.
 */
@Component
class TaskPeople {

    static final String WORK_PATH = "/work/";
    static final String RESIDENT_TASK_PATH = "/my-tasks/task/";

    private final WorkService work;

    TaskPeople(WorkService work) {
        this.work = work;
    }

    List<String> of(String assignee, Collection<String> candidateUsers, Collection<String> candidateGroups) {
        if (assignee != null) {
            return List.of(assignee);
        }
        Set<String> people = new LinkedHashSet<>(candidateUsers);
        for (String group : candidateGroups) {
            if (group != null) {
                people.addAll(work.membersOf(group));
            }
        }
        return new ArrayList<>(people);
    }

    /** The page where the task is done. */
    static String linkOf(String taskId, Collection<String> candidateGroups) {
        boolean residents = candidateGroups.stream()
                .anyMatch(group -> group != null && group.startsWith(Roles.RESIDENT + ":"));
        return (residents ? RESIDENT_TASK_PATH : WORK_PATH) + taskId;
    }
}
