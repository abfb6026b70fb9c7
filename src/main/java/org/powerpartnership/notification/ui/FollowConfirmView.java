package org.powerpartnership.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.notification.FollowService;

/**
 * Where the link in a "follow this consultation" mail leads: it confirms the address, says what its owner will hear
 * about and how to stop (at once, here, or from any mail), or says why the link no longer works.
 */
@Route("follow")
@AnonymousAllowed
class FollowConfirmView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient FollowService follows;
    final Paragraph outcome = new Paragraph();

    FollowConfirmView(FollowService follows) {
        this.follows = follows;
        addClassName("pp-narrow");
        outcome.setId("follow-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("follow.confirm.heading")), outcome);
        FollowService.Confirmation confirmation = follows.confirm(token);
        switch (confirmation.outcome()) {
            case CONFIRMED, ALREADY_CONFIRMED -> following(confirmation);
            case EXPIRED -> outcome.setText(getTranslation("follow.confirm.expired"));
            case UNKNOWN -> outcome.setText(getTranslation("follow.confirm.unknown"));
        }
        if (confirmation.outcome() == FollowService.Outcome.EXPIRED) {
            add(new Paragraph(consultationLink(confirmation)));
        }
    }

    private void following(FollowService.Confirmation confirmation) {
        outcome.setText(getTranslation(confirmation.outcome() == FollowService.Outcome.CONFIRMED
                ? "follow.confirm.confirmed" : "follow.confirm.already", confirmation.consultationTitle()));
        UnorderedList hear = new UnorderedList(new ListItem(getTranslation("follow.confirm.hearResponse")),
                new ListItem(getTranslation("follow.confirm.hearCommitments")));
        hear.setId("follow-what-you-hear");
        Button stop = new Button(getTranslation("follow.confirm.stop"));
        stop.setId("follow-stop");
        stop.setDisableOnClick(true);
        stop.addClickListener(click -> {
            follows.unfollow(confirmation.followerId());
            removeAll();
            outcome.setText(getTranslation("follow.confirm.stopped", confirmation.consultationTitle()));
            add(new H1(getTranslation("follow.confirm.heading")), outcome, new Paragraph(consultationLink(confirmation)));
        });
        add(new Paragraph(getTranslation("follow.confirm.youWillHear")), hear,
                new Paragraph(getTranslation("follow.confirm.howToStop")), stop,
                new Paragraph(consultationLink(confirmation)));
    }

    private Anchor consultationLink(FollowService.Confirmation confirmation) {
        Anchor back = new Anchor("have-your-say/" + confirmation.consultationRef(),
                getTranslation("follow.confirm.back", confirmation.consultationTitle()));
        back.setId("follow-consultation-link");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("follow.confirm.title");
    }
}
