package org.powerpartnership.network.ui;

import java.util.Optional;

import org.powerpartnership.network.InvitationChoices;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.workflow.ui.TaskScreens;
import org.springframework.stereotype.Component;

/** Stage 2's "Choose organisations and invite them", opened from an inbox, lands on the directory chooser. */
@Component
class InvitationScreen implements TaskScreens {

    private final InvitationChoices choices;

    InvitationScreen(InvitationChoices choices) {
        this.choices = choices;
    }

    @Override
    public Optional<String> screenFor(SignedInUser user, String taskId) {
        return user.hasRole(Roles.OFFICER)
                ? choices.consultationOfTask(user, taskId).map(InviteNetworksView::route)
                : Optional.empty();
    }
}
