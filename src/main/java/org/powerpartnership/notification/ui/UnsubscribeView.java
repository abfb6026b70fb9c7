package org.powerpartnership.notification.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.powerpartnership.notification.Unsubscribes;

/**
 * Where the unsubscribe link of a mail leads, for anyone holding it (no sign-in): it says what will stop and stops it
 * when the person confirms. Opening the page changes nothing (mail scanners open links); a link that is not ours, or
 * was altered, gets a plain word and changes nothing either.
 */
@Route("unsubscribe")
@AnonymousAllowed
class UnsubscribeView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient Unsubscribes unsubscribes;

    final Paragraph what = new Paragraph();
    final Button confirm = new Button();
    final Paragraph outcome = new Paragraph();

    UnsubscribeView(Unsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
        addClassName("pp-narrow");
        what.setId("unsubscribe-what");
        confirm.setId("unsubscribe-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        outcome.setId("unsubscribe-outcome");
        outcome.getElement().setAttribute("role", "status");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        removeAll();
        add(new H1(getTranslation("unsubscribe.heading")));
        Optional<Unsubscribes.Stop> stop = unsubscribes.describe(token);
        if (stop.isEmpty()) {
            outcome.setText(getTranslation("unsubscribe.unknown"));
            add(outcome);
            return;
        }
        what.setText(describe(stop.get()));
        confirm.setText(getTranslation("unsubscribe.confirm." + stop.get().reach()));
        confirm.addClickListener(click -> {
            unsubscribes.stop(token).ifPresent(done -> {
                outcome.setText(getTranslation("unsubscribe.done." + done.reach(), kindName(done)));
                confirm.setVisible(false);
            });
        });
        add(what, confirm, outcome);
    }

    private String describe(Unsubscribes.Stop stop) {
        String title = stop.consultationTitle().orElse(getTranslation("unsubscribe.aConsultation"));
        return switch (stop.reach()) {
            case KIND, WORK_TO_DIGEST -> getTranslation("unsubscribe.what." + stop.reach(), kindName(stop));
            case DIGEST -> getTranslation("unsubscribe.what.DIGEST");
            case FOLLOWER, HEAR_BACK -> getTranslation("unsubscribe.what." + stop.reach(), title);
        };
    }

    private String kindName(Unsubscribes.Stop stop) {
        return stop.kind() == null ? "" : getTranslation("notifications.kind." + stop.kind());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("unsubscribe.title");
    }
}
