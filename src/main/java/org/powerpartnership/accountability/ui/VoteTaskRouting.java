package org.powerpartnership.accountability.ui;

import java.util.List;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.powerpartnership.accountability.SignOffQueue;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * A panel member who opens their vote task from an inbox ({@code work/<taskId>}) lands on the stage review instead,
 * where the vote sits under its evidence. Everyone else, and every other work item, goes where they were going.
 */
@Component
class VoteTaskRouting implements VaadinServiceInitListener {

    private final transient SignOffQueue queue;
    private final transient CurrentUser currentUser;

    VoteTaskRouting(SignOffQueue queue, CurrentUser currentUser) {
        this.queue = queue;
        this.currentUser = currentUser;
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
        currentUser.find().filter(user -> user.hasRole(Roles.PANEL))
                .flatMap(member -> queue.gateOfVoteTask(member, segments.get(1)))
                .ifPresent(gateId -> event.forwardTo("panel/review/" + gateId));
    }
}
