package org.powerpartnership.shared.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;

/**
 * Warns a signed-in person before an idle session ends, so nothing typed is lost: the page asks the server now and
 * then (a poll, which does not count as activity), and a few minutes before the end a dialog offers "Stay signed
 * in". If nobody answers, the session ends and the person is signed out.
 */
public class SessionTimeoutWarning extends Dialog {

    private final transient SessionActivity activity;
    private final transient Runnable signOut;
    private final transient BooleanSupplier accountExists;
    private final Paragraph text = new Paragraph();
    final Button stay = new Button();
    private Registration polls;

    /**
     * @param accountExists asked at every check: a person erased on another device is signed out here too
     */
    public SessionTimeoutWarning(SessionActivity activity, Runnable signOut, BooleanSupplier accountExists) {
        this.activity = activity;
        this.signOut = signOut;
        this.accountExists = accountExists;
        setId("session-warning");
        setHeaderTitle(getTranslation("session.warning.heading"));
        setCloseOnOutsideClick(false);
        text.setId("session-warning-text");
        add(text);
        stay.setText(getTranslation("session.warning.stay"));
        stay.setId("session-warning-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        stay.addClickListener(click -> staySignedIn());
        Button leave = new Button(getTranslation("session.warning.signOut"), click -> signOut.run());
        leave.setId("session-warning-sign-out");
        getFooter().add(leave, stay);
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                activity.touch(UI.getCurrent() == null ? null : UI.getCurrent().getSession());
            }
        });
    }

    /** Starts listening to the page's polls, and makes sure the page polls at all. */
    public void watch(UI ui) {
        if (polls == null) {
            polls = ui.addPollListener(poll -> {
                SessionActivity.markPoll();
                check(ui);
            });
        }
        keepPolling(ui);
    }

    /** Other screens set their own poll interval and clear it when they leave; after each, ours comes back. */
    public void keepPolling(UI ui) {
        int current = ui.getPollInterval();
        if (current <= 0 || current > activity.pollMillis()) {
            ui.setPollInterval(activity.pollMillis());
        }
    }

    /** Shows, updates or closes the warning, or ends the session, by how long is left. */
    public void check(UI ui) {
        Duration left = activity.remaining(ui.getSession());
        if (left.isNegative() || left.isZero() || !accountExists.getAsBoolean()) {
            close();
            signOut.run();
        } else if (left.compareTo(activity.warnBefore()) <= 0) {
            long minutes = Math.max(1, (left.toSeconds() + 59) / 60);
            text.setText(getTranslation("session.warning.text", minutes));
            if (!isOpened()) {
                open();
            }
        } else if (isOpened()) {
            close(); // they were active in another tab
        }
    }

    private void staySignedIn() {
        activity.touch(UI.getCurrent().getSession());
        close();
    }
}
