package org.powerpartnership.accountability.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.powerpartnership.accountability.ResponseWork;
import org.powerpartnership.accountability.SignOffQueue;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.ui.TaskScreens;
import org.springframework.stereotype.Component;

/**
 * Work items done on a screen of their own rather than on the generic work item page: someone who opens one from an
 * inbox ({@code work/<taskId>}) lands there instead. A panel member's vote goes to the stage review, where the vote
 * sits under its evidence; an officer's stage-7 response goes to the response editor, where the themes, decisions
 * and commitments the response is drafted from sit beside its wording. Other features add theirs as
 * {@link TaskScreens} (stage 2's invitations chosen from the directory). Every other work item, and everyone else,
 * goes where they were going.
 */
@Component
class TaskScreenRouting implements VaadinServiceInitListener {

    private final transient CurrentUser currentUser;
    private final transient List<BiFunction<SignedInUser, String, Optional<String>>> screens;

    TaskScreenRouting(SignOffQueue queue, ResponseWork responseWork, CurrentUser currentUser,
                      List<TaskScreens> otherScreens) {
        this.currentUser = currentUser;
        this.screens = new java.util.ArrayList<>(List.of(
                (user, taskId) -> user.hasRole(Roles.PANEL)
                        ? queue.gateOfVoteTask(user, taskId).map(gateId -> "panel/review/" + gateId)
                        : Optional.empty(),
                (user, taskId) -> user.hasRole(Roles.OFFICER)
                        ? responseWork.consultationOfTask(user, taskId).map(id -> "consultation/" + id + "/response")
                        : Optional.empty()));
        otherScreens.forEach(other -> screens.add(other::screenFor));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::reroute));
    }

    private void reroute(BeforeEnterEvent event) {
        List<String> segments = event.getLocation().getSegments();
        if (segments.size() != 2 || !"work".equals(segments.get(0))) {
            return;
        }
        String taskId = segments.get(1);
        currentUser.find()
                .flatMap(user -> screens.stream().map(screen -> screen.apply(user, taskId))
                        .flatMap(Optional::stream).findFirst())
                .ifPresent(event::forwardTo);
    }
}
