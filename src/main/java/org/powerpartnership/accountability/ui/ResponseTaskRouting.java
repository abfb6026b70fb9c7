package org.powerpartnership.accountability.ui;

import java.util.List;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.powerpartnership.accountability.ResponseWork;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * An officer who opens stage 7's response work item from an inbox ({@code work/<taskId>}) lands on the response
 * editor, where the themes, decisions and commitments the response is drafted from sit beside its wording.
 */
@Component
class ResponseTaskRouting implements VaadinServiceInitListener {

    private final transient ResponseWork work;
    private final transient CurrentUser currentUser;

    ResponseTaskRouting(ResponseWork work, CurrentUser currentUser) {
        this.work = work;
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
        currentUser.find().filter(user -> user.hasRole(Roles.OFFICER))
                .flatMap(officer -> work.consultationOfTask(officer, segments.get(1)))
                .ifPresent(consultationId -> event.forwardTo("consultation/" + consultationId + "/response"));
    }
}
